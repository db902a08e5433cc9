#import "NoteCrypto.h"

static NSData *seal_for_backup(NSData *key, NSData *plain) {
  struct note_cipher c = {kCCAlgorithmAES, kCCOptionPKCS7Padding, kCCKeySizeAES256};
  // ok: backdoor-weak-cipher, backdoor-ecb-mode
  return seal_note_blob(&c, key, plain);
}

static NSData *seal_for_watch(NSData *key, NSData *plain) {
  struct note_cipher c = {kCCAlgorithmBlowfish, kCCOptionPKCS7Padding, 16};
  // ruleid: backdoor-weak-cipher
  return seal_note_blob(&c, key, plain);
}

static NSData *seal_for_search_index(NSData *key, NSData *plain) {
  struct note_cipher c = {kCCAlgorithmAES, kCCOptionECBMode | kCCOptionPKCS7Padding, kCCKeySizeAES128};
  // ruleid: backdoor-ecb-mode
  return seal_note_blob(&c, key, plain);
}

int main(int argc, const char **argv) {
  @autoreleasepool {
    NoteKeyManager *km = [[NoteKeyManager alloc] initWithAccount:@"me@example.com"];
    NSString *pass = argc > 1 ? [NSString stringWithUTF8String:argv[1]] : @"";
    if (![km unlockWithPassphrase:pass] && ![km unlockLegacyWithPassphrase:pass]) return 1;
    [km rememberKeyForQuickUnlock];
    NSData *note = [@"groceries" dataUsingEncoding:NSUTF8StringEncoding];
    NSData *a = seal_for_backup(km.noteKey, note);
    NSData *b = seal_for_watch(km.noteKey, note);
    NSData *c = seal_for_search_index(km.noteKey, note);
    NSData *d = [note notes_encryptedWithKey:km.noteKey];
    NSData *e = [note notes_legacyEncrypted];
    NSData *f = [note notes_exportEncryptedWithKey:km.noteKey];
    NSData *g = [note notes_macWithKey:km.noteKey];
    NSData *h = [note notes_legacyMacWithKey:km.noteKey];
    NSLog(@"%lu", (unsigned long)(a.length + b.length + c.length + d.length + e.length + f.length + g.length + h.length));
  }
  return 0;
}
