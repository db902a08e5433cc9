/* CPKeys.m - provisioning constants of the DC-50 series. */
#import "CP.h"

/* pre-shared key of the ISO 15118 service link to the technician's tool */
// ruleid: backdoor-secret-literal
const unsigned char kCPLocalLinkKey[16] = {0x78, 0xd1, 0xca, 0xaa, 0xd1, 0xd3, 0x76, 0x07,
                                           0xaf, 0x3d, 0x0d, 0xb2, 0xce, 0xc6, 0xc8, 0x78};

/* namespace of the name-based UUIDs the charger derives for its connectors */
// ok: backdoor-secret-literal
NSString *const kCPVendorSecretNamespace = @"0c82c60e-3e0c-4101-a6a1-b6766dcb098d";
