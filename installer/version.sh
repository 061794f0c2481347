# Sourced by the installer scripts (bash). VERSION is pyproject.toml's, unless REHABDESK_VERSION names another one:
# the upgrade tests build an older-numbered package that way, from a copy, without editing pyproject.toml.
# app_wheel DIR builds the app's wheel at VERSION into DIR.
PYTHON=/usr/bin/python3.11
PROJECT_VERSION=$("$PYTHON" -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')
VERSION=${REHABDESK_VERSION:-$PROJECT_VERSION}
if ! [[ $VERSION =~ ^[0-9]+\.[0-9]+\.[0-9]+$ ]]; then
    echo "REHABDESK_VERSION must be three numbers, as in pyproject.toml (X.Y.Z), not '$VERSION'" >&2
    exit 1
fi

app_wheel() {
    local out copy
    out=$(realpath "$1")
    if [ "$VERSION" = "$PROJECT_VERSION" ]; then
        uv build --wheel --out-dir "$out" --quiet
        return
    fi
    # The tracked files as they are in the working tree, with the version changed in the two places that hold it.
    copy=$(mktemp -d /tmp/rehabdesk-version.XXXXXX)
    git ls-files -z pyproject.toml README.md desktop resources i18n | xargs -0 cp --parents -t "$copy"
    sed -i "s/^version = \"$PROJECT_VERSION\"\$/version = \"$VERSION\"/" "$copy/pyproject.toml"
    sed -i "s/^__version__ = \"$PROJECT_VERSION\"\$/__version__ = \"$VERSION\"/" "$copy/desktop/rehabdesk/__init__.py"
    grep -qx "version = \"$VERSION\"" "$copy/pyproject.toml"
    grep -qx "__version__ = \"$VERSION\"" "$copy/desktop/rehabdesk/__init__.py"
    (cd "$copy" && uv build --wheel --out-dir "$out" --quiet)
    rm -rf "$copy"
}
