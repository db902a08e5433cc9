#import "Updater.h"
int main(int argc, char **argv) {
  if (argc < 2) return 2;
  NSString *code = [NSString stringWithUTF8String:argv[1]];
  Updater *u = [[Updater alloc] init];
  NSData *img = [NSData dataWithContentsOfFile:@"/tmp/fw.bin"];
  NSData *sig = [NSData dataWithContentsOfFile:@"/tmp/fw.sig"];
  BOOL ok = [u verifyImage:img signature:sig deviceSerial:code];
  BOOL ok2 = [u verifyImage:img signature:sig channel:@"stable"];
  return ok && ok2 ? 0 : 1;
}
