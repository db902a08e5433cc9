#include <botan/symkey.h>
