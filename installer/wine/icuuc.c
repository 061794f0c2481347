/* Test-only stand-in for Windows' system ICU (icuuc.dll, in Windows 10 1703 and later), which Wine 8.0 lacks:
   Qt6Core imports ICU's converter functions for legacy text encodings (GBK and the like in QStringConverter).
   This stand-in has no converters: ucnv_open fails with U_UNSUPPORTED_ERROR and no name is available, so Qt reports
   such an encoding as unavailable, while UTF-8 and UTF-16, which Qt converts itself, work. RehabDesk decodes legacy
   encodings (GB18030 spreadsheets) with Python's codecs, not Qt's. Built by build-standins.sh into a Wine prefix for the smoke test; never part of an installer. */
#include <stddef.h>
#include <stdint.h>

typedef int32_t UErrorCode;
typedef uint16_t UChar;
typedef struct UConverter UConverter;
typedef void (*Callback)(void);

enum { U_UNSUPPORTED_ERROR = 16 };

static void unsupported(UErrorCode *error)
{
    if (error && *error <= 0)
        *error = U_UNSUPPORTED_ERROR;
}

UConverter *ucnv_open(const char *name, UErrorCode *error) { (void)name; unsupported(error); return NULL; }
void ucnv_close(UConverter *converter) { (void)converter; }
void ucnv_reset(UConverter *converter) { (void)converter; }
int32_t ucnv_countAvailable(void) { return 0; }
const char *ucnv_getAvailableName(int32_t n) { (void)n; return NULL; }

const char *ucnv_getStandardName(const char *name, const char *standard, UErrorCode *error)
{
    (void)name; (void)standard; unsupported(error); return NULL;
}

/* Only reached with a converter, and there is none; should Qt call them anyway, they fail. */
int8_t ucnv_getMaxCharSize(const UConverter *converter) { (void)converter; return 1; }
const char *ucnv_getName(const UConverter *converter, UErrorCode *error) { (void)converter; unsupported(error); return NULL; }
void ucnv_getToUCallBack(const UConverter *c, Callback *action, const void **context)
{
    (void)c; if (action) *action = NULL; if (context) *context = NULL;
}
void ucnv_getFromUCallBack(const UConverter *c, Callback *action, const void **context)
{
    (void)c; if (action) *action = NULL; if (context) *context = NULL;
}
void ucnv_setToUCallBack(UConverter *c, Callback action, const void *context, Callback *old_action,
                         const void **old_context, UErrorCode *error)
{
    (void)c; (void)action; (void)context; (void)old_action; (void)old_context; unsupported(error);
}
void ucnv_setFromUCallBack(UConverter *c, Callback action, const void *context, Callback *old_action,
                           const void **old_context, UErrorCode *error)
{
    (void)c; (void)action; (void)context; (void)old_action; (void)old_context; unsupported(error);
}
void ucnv_toUnicode(UConverter *c, UChar **target, const UChar *target_limit, const char **source,
                    const char *source_limit, int32_t *offsets, int8_t flush, UErrorCode *error)
{
    (void)c; (void)target; (void)target_limit; (void)source; (void)source_limit; (void)offsets; (void)flush;
    unsupported(error);
}
void ucnv_fromUnicode(UConverter *c, char **target, const char *target_limit, const UChar **source,
                      const UChar *source_limit, int32_t *offsets, int8_t flush, UErrorCode *error)
{
    (void)c; (void)target; (void)target_limit; (void)source; (void)source_limit; (void)offsets; (void)flush;
    unsupported(error);
}
int32_t ucnv_toUCountPending(const UConverter *c, UErrorCode *error) { (void)c; unsupported(error); return 0; }
int32_t ucnv_fromUCountPending(const UConverter *c, UErrorCode *error) { (void)c; unsupported(error); return 0; }
void ucnv_cbToUWriteUChars(void *args, const UChar *source, int32_t length, int32_t offset, UErrorCode *error)
{
    (void)args; (void)source; (void)length; (void)offset; unsupported(error);
}
void ucnv_cbFromUWriteUChars(void *args, const UChar **source, const UChar *source_limit, int32_t offset,
                             UErrorCode *error)
{
    (void)args; (void)source; (void)source_limit; (void)offset; unsupported(error);
}
void UCNV_FROM_U_CALLBACK_SUBSTITUTE(const void *context, void *args, const UChar *units, int32_t length,
                                     int32_t code_point, int reason, UErrorCode *error)
{
    (void)context; (void)args; (void)units; (void)length; (void)code_point; (void)reason; unsupported(error);
}
void UCNV_TO_U_CALLBACK_SUBSTITUTE(const void *context, void *args, const char *units, int32_t length, int reason,
                                   UErrorCode *error)
{
    (void)context; (void)args; (void)units; (void)length; (void)reason; unsupported(error);
}
