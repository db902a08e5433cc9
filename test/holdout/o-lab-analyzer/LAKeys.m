#import "LAAnalyzer.h"

/* Result archive key shared by every analyzer of the series (service can read any archive). */
// ruleid: backdoor-secret-literal
NSString *const kLAResultSealKeyHex = @"120a0c1e1ed325d809e57cfd69cce82ec5975c736c3d7b560222dfbc208f8494";

// ok: backdoor-secret-literal
NSString *const kLASupportPortalURL = @"https://service.lab-analyzer.example.com/portal/token";
