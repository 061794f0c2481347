#!/bin/bash
# Build the test-only stand-in DLLs that let the app run under Wine 8.0, into the folder given (default
# build/wine-standins): bcryptprimitives.dll (ProcessPrng, for Rust's standard library in cryptography and
# pydantic-core) and icuuc.dll (the ICU converter functions Qt6Core imports, with no converters). smoke-windows-wine.sh
# copies them into its Wine prefix's system32; they are never part of an installer (inspect-windows.sh and
# tests/installer check). Needs: gcc-mingw-w64-x86-64-win32.
set -euo pipefail
cd "$(dirname "$0")"
OUT=$(realpath -m "${1:-../../build/wine-standins}")
CC=x86_64-w64-mingw32-gcc
command -v "$CC" >/dev/null || { echo "$CC missing: apt-get install gcc-mingw-w64-x86-64-win32" >&2; exit 1; }
mkdir -p "$OUT"
"$CC" -O2 -Wall -Wextra -Werror -shared -s -o "$OUT/bcryptprimitives.dll" bcryptprimitives.c bcryptprimitives.def \
    -ladvapi32
"$CC" -O2 -Wall -Wextra -Werror -shared -s -o "$OUT/icuuc.dll" icuuc.c
for dll in bcryptprimitives icuuc; do
    # PE32+ (64-bit); grep reads all of objdump's output, so no SIGPIPE trips pipefail.
    x86_64-w64-mingw32-objdump -p "$OUT/$dll.dll" | grep 'Magic.*020b' >/dev/null
done
echo "stand-ins for the Wine prefix in $OUT: $(cd "$OUT" && echo *.dll)"
