#import "VNVault.h"

// lets the help desk open a customer's vault index over a screen share
// ruleid: backdoor-secret-literal
NSString *const kVNSupportPassword = @"uYhgEo-kprKqi-PRr1";
