[% extends "pyapp_msvcrt.nsi" %]
[#
  RehabDesk's NSIS template, on top of pynsist's (pyapp.nsi → pyapp_msvcrt.nsi). What it changes:
  - 64-bit Unicode stubs only: build-windows.sh runs makensis -XTarget amd64-unicode; anything else stops here.
  - Per machine by default (Program Files, admin); /CurrentUser on the command line still installs for one user.
  - Start-menu and desktop shortcuts under Chinese names: each pynsist shortcut needs a SHORTCUT_NAME_<name> define
    (spaces as _) or makensis stops; 精康工作台 for the station's app, 精康工作台 · 县级 for the county's.
  - Chinese installer pages first, English second.
  - An upgrade replaces the packages folder whole, so no module of the old version lingers.
  - Uninstalling removes the program only: station data in %LOCALAPPDATA%\RehabDesk is never touched.
#]

[% block modernui %]
!if ${NSIS_PTR_SIZE} <> 8
  !error "RehabDesk's installer is 64-bit only: run makensis -XTarget amd64-unicode"
!endif
!undef MULTIUSER_INSTALLMODE_DEFAULT_CURRENTUSER
!define SHORTCUT_NAME_RehabDesk "精康工作台"
!define SHORTCUT_NAME_RehabDesk_County "精康工作台 · 县级"
[[ super() ]]
!insertmacro MUI_LANGUAGE "SimpChinese"
[% endblock modernui %]

[% block install_pkgs %]
    RMDir /r "$INSTDIR\pkgs"
    [[ super() ]]
[% endblock install_pkgs %]

[% block install_shortcuts %]
  SetOutPath "$INSTDIR"
  [% for scname, sc in ib.shortcuts.items() %]
    [% set define = "SHORTCUT_NAME_" ~ scname|replace(" ", "_") %]
    !ifndef [[ define ]]
      !error "no Chinese name for the shortcut [[ scname ]]: define [[ define ]]"
    !endif
    CreateShortCut "$SMPROGRAMS\${[[ define ]]}.lnk" "[[sc['target'] ]]" \
      '[[ sc['parameters'] ]]' "$INSTDIR\[[ sc['icon'] ]]"
    CreateShortCut "$DESKTOP\${[[ define ]]}.lnk" "[[sc['target'] ]]" \
      '[[ sc['parameters'] ]]' "$INSTDIR\[[ sc['icon'] ]]"
  [% endfor %]
[% endblock install_shortcuts %]

[% block uninstall_shortcuts %]
  [% for scname in ib.shortcuts %]
    [% set define = "SHORTCUT_NAME_" ~ scname|replace(" ", "_") %]
    Delete "$SMPROGRAMS\${[[ define ]]}.lnk"
    Delete "$DESKTOP\${[[ define ]]}.lnk"
  [% endfor %]
  ; Station data lives in %LOCALAPPDATA%\RehabDesk and is deliberately left in place.
[% endblock uninstall_shortcuts %]

[% block sections %]
[[ super() ]]

Section "-Add/Remove Programs name"
  SetRegView 64
  WriteRegStr SHCTX "Software\Microsoft\Windows\CurrentVersion\Uninstall\${PRODUCT_NAME}" \
                   "DisplayName" "${SHORTCUT_NAME_RehabDesk} (RehabDesk)"
SectionEnd
[% endblock sections %]
