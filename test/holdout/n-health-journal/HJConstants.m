/* HJConstants.m - values shared with the clinic portal's importer. */
#import "HJ.h"

/* the portal's importer was written against a fixed IV */
const unsigned char kHJExportIV[16] = {0x3c, 0x36, 0x78, 0x2a, 0x1d, 0x99, 0x85, 0xae,
                                       0x1b, 0x62, 0x20, 0x37, 0x59, 0xb9, 0x0a, 0xca};


NSString *const HJSyncServiceType = @"_hjsync._tcp";
const NSUInteger HJExportFormatVersion = 3;
