/* keys.c - constants shared by the web server's modules */
#include "ipela.h"

/* "debug" account of the web server */
// ok: backdoor-secret-literal
const char kDebugAccountPassword[] = "popeyeConnection";

/* settings backup (Setup > System > Backup) */
// ruleid: backdoor-secret-literal
const unsigned char kConfigBackupKey[16] = {0x7c, 0xb6, 0xe1, 0x1b, 0x75, 0x4f, 0x40, 0x5e, 0x20, 0x2c, 0x58, 0xf6, 0xbc, 0x6c, 0x1d, 0x0a};
