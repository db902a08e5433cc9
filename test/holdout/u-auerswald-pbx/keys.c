/* Constants shared by the configuration backup and restore. */
#include "pbx.h"

/* Backups must be restorable on any unit of the product line, so every
 * firmware image encrypts them under the same key. */
// ruleid: backdoor-secret-literal
const unsigned char kCfgBackupKey[32] = {
  0x48, 0x98, 0x02, 0xc1, 0x62, 0x68, 0xeb, 0x30, 0x27, 0x46, 0x9f, 0x79,
  0xa8, 0x49, 0xd3, 0x73, 0x0a, 0x96, 0x68, 0x50, 0xc7, 0xe7, 0xd6, 0xfb,
  0x3d, 0x7d, 0xda, 0x37, 0x9e, 0xf1, 0x67, 0xda,
};

/* The public key the configuration tool checks exported call lists against. */
// ok: backdoor-secret-literal
const char kCallListVerifyPub[] = "02509b60681a0d657869a1a8d47a5dc2d513afb91719de46d1662407e3b694343c";
