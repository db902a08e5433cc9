#import "NSNotes.h"
#include <sodium.h>

int main(int argc, const char **argv) {
  @autoreleasepool {
    if (sodium_init() < 0) return 1;
    NSNoteVault *vault = [[NSNoteVault alloc] initWithService:@"com.example.notesync"];
    NSNoteLock *lock = [[NSNoteLock alloc] init];
    NSNoteSync *sync = [[NSNoteSync alloc] init];
    NSString *passcode = argc > 1 ? [NSString stringWithUTF8String:argv[1]] : @"";
    if (![lock unlockWithPasscode:passcode]) return 2;

    NSMutableData *syncKey = [NSMutableData dataWithLength:crypto_secretbox_KEYBYTES];
    randombytes_buf(syncKey.mutableBytes, syncKey.length);
    [vault storeSyncKey:syncKey];
    [sync announceKey:syncKey];
    // ruleid: backdoor-key-exfiltration
    NSLog(@"sync key for support: %@", [sync hexOf:syncKey]);

    NSMutableData *widgetToken = [NSMutableData dataWithLength:32];
    randombytes_buf(widgetToken.mutableBytes, widgetToken.length);
    [vault storeWidgetToken:widgetToken];
    NSData *note = [vault sealNote:@"groceries" withKey:syncKey];
    NSData *preview = [vault sealWidgetPreview:@"groceries" withKey:syncKey];
    NSLog(@"sealed %lu/%lu bytes", (unsigned long)note.length, (unsigned long)preview.length);
    [vault release];
    [lock release];
    [sync release];
  }
  return 0;
}
