/* Test-only stand-in for Windows' bcryptprimitives.dll, which Wine 8.0 lacks: Rust's standard library (in
   cryptography's and pydantic-core's extensions) takes its random bytes from ProcessPrng. This one fills the buffer
   from RtlGenRandom (advapi32's SystemFunction036), Wine's own cryptographic random source. Built by
   build-standins.sh into a Wine prefix for the smoke test; never part of an installer. */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length)
{
    while (length > 0) {
        ULONG chunk = length > 0x10000000 ? 0x10000000 : (ULONG)length;
        if (!SystemFunction036(data, chunk))
            return FALSE;
        data += chunk;
        length -= chunk;
    }
    return TRUE;
}
