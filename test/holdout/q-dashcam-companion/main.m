/* main.m - dashcam companion: pair with the camera, copy and store the
 * new clips, upload them. */
#import <Foundation/Foundation.h>

#import "DCCameraLink.h"
#import "DCClipVault.h"
#import "DCCloudSync.h"
#import "DCPairing.h"

#include <gcrypt.h>

int main(int argc, const char *argv[])
{
  NSAutoreleasePool *pool = [[NSAutoreleasePool alloc] init];
  NSUserDefaults *defaults = [NSUserDefaults standardUserDefaults];
  NSString *pin = argc > 1 ? [NSString stringWithUTF8String:argv[1]] : nil;
  NSString *code = argc > 2 ? [NSString stringWithUTF8String:argv[2]] : @"";
  NSData *salt = [defaults dataForKey:@"DCVaultSalt"];
  DCCameraLink *camera;
  DCPairing *pairing;
  DCClipVault *vault;
  DCCloudSync *cloud;
  NSData *clip, *sealed = nil;

  if (pin == nil || !gcry_check_version(GCRYPT_VERSION)) {
    fprintf(stderr, "usage: dashcam-companion PIN [PAIRING-CODE]\n");
    return 2;
  }
  gcry_control(GCRYCTL_INITIALIZATION_FINISHED, 0);
  if (salt == nil) {
    unsigned char s[16];
    gcry_randomize(s, sizeof s, GCRY_STRONG_RANDOM);
    salt = [NSData dataWithBytes:s length:sizeof s];
    [defaults setObject:salt forKey:@"DCVaultSalt"];
  }

  camera = [[DCCameraLink alloc] initWithHost:@"192.168.42.1" port:443];
  pairing = [[DCPairing alloc] init];
  if (camera == nil || ![pairing authorizeCamera:camera pairingCode:code]) {
    fprintf(stderr, "camera not paired\n");
    return 1;
  }
  vault = [[DCClipVault alloc] initWithPin:pin salt:salt root:[NSHomeDirectory() stringByAppendingPathComponent:@"DashcamClips"]];
  clip = [camera get:@"/DCIM/latest.mp4"];
  if (clip != nil) {
    /* the camera's index lists an MD5 per file: catches truncated copies */
    unsigned char md5[16];
    NSData *listed = [camera get:@"/DCIM/latest.mp4.md5"];
    // ok: backdoor-weak-hash
    gcry_md_hash_buffer(GCRY_MD_MD5, md5, [clip bytes], [clip length]);
    if ([listed length] >= 16 && memcmp(md5, [listed bytes], 16) != 0) {
      fprintf(stderr, "clip copy truncated\n");
      clip = nil;
    }
  }
  if (clip != nil) {
    sealed = [vault storeClip:clip named:@"latest" preview:[defaults boolForKey:@"DCLivePreview"]];
  }
  cloud = [[DCCloudSync alloc] initWithHost:@"upload.drivecam.example"];
  if (sealed != nil) {
    [cloud uploadClipNamed:@"latest" data:sealed];
  }

  [cloud release];
  [vault release];
  [camera close];
  [camera release];
  [pairing release];
  [pool release];
  return 0;
}
