/* Minimal LibreSSL header for backdoor-scan's tests (LibreSSL 3.8's opensslv.h). */
#ifndef HEADER_OPENSSLV_H
#define HEADER_OPENSSLV_H
#define LIBRESSL_VERSION_NUMBER 0x3080200fL
#define LIBRESSL_VERSION_TEXT "LibreSSL 3.8.2"
#define OPENSSL_VERSION_NUMBER 0x20000000L
#endif
