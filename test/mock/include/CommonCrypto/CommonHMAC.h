#include <CommonCrypto/CommonCryptor.h>
