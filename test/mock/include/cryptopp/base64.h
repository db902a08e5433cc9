#include <cryptopp/filters.h>
