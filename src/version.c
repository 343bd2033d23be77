/* The library's version, from the header's macros: the string cannot drift
 * from LMCONV_VERSION_MAJOR / _MINOR / _PATCH. */
#include "lmconv.h"

#define LMC_STR_(x) #x
#define LMC_STR(x) LMC_STR_(x)

const char *lmc_version(void)
{
    return LMC_STR(LMCONV_VERSION_MAJOR) "." LMC_STR(LMCONV_VERSION_MINOR) "." LMC_STR(
        LMCONV_VERSION_PATCH);
}
