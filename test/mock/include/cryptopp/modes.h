#include <cryptopp/aes.h>
