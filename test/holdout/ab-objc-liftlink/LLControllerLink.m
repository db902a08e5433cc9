/* The service-port link to one elevator controller. Technicians are let in
 * with a signed ticket from the dispatch system; maintenance mode (doors
 * bypassed, car under manual control) needs the controller's passcode. */
#import "LiftLink.h"
#include <gcrypt.h>

static NSString *const kServiceGatewayHost = @"svc-gw.liftlink.example";

@implementation LLControllerLink

- (instancetype)initWithPeerHost:(NSString *)host serial:(NSString *)serial
{
	if ((self = [super init]) != nil) {
		_peerHost = [host copy];
		_controllerSerial = [[serial ll_normalizedSerial] copy];
	}
	return self;
}

- (void)dealloc
{
	[_peerHost release];
	[_controllerSerial release];
	[super dealloc];
}

- (BOOL)verifyTechnicianTicket:(NSString *)ticket
{
	NSArray *parts = [ticket componentsSeparatedByString:@"."];
	gcry_sexp_t sig = NULL, data = NULL, pub = NULL;
	NSData *payload, *sigBytes;
	unsigned char digest[32];
	gcry_error_t err;
	BOOL ok = NO;

	if ([parts count] != 2)
		return NO;
	payload = [[parts objectAtIndex:0] dataUsingEncoding:NSUTF8StringEncoding];
	sigBytes = [[NSData alloc] initWithBase64EncodedString:[parts objectAtIndex:1] options:0];
	if ([sigBytes length] != 64) {
		[sigBytes release];
		return NO;
	}
	gcry_md_hash_buffer(GCRY_MD_SHA256, digest, [payload bytes], [payload length]);
	// ok: backdoor-hardcoded-key
	err = gcry_sexp_build(&pub, NULL, "(public-key (ecc (curve Ed25519) (flags eddsa) (q %s)))",
	                      "#C7F1BD2347B0F4C9E2A0E21F0B7B5A42F31B2E7C4D33A6B8AE11C01E4C2D8E9F#");
	if (err == 0)
		err = gcry_sexp_build(&sig, NULL, "(sig-val (eddsa (r %b) (s %b)))", 32, [sigBytes bytes], 32, (const char *)[sigBytes bytes] + 32);
	if (err == 0)
		err = gcry_sexp_build(&data, NULL, "(data (flags eddsa) (hash-algo sha512) (value %b))", 32, digest);
	// ok: backdoor-unchecked-verification
	if (err == 0 && gcry_pk_verify(sig, data, pub) == 0)
		ok = [[[NSString alloc] initWithData:payload encoding:NSUTF8StringEncoding] autorelease] != nil;
	gcry_sexp_release(sig);
	gcry_sexp_release(data);
	gcry_sexp_release(pub);
	[sigBytes release];
	return ok;
}

/* Dispatch's own gateway relays jobs for technicians whose tablets are
 * offline. */
- (BOOL)authorizeTechnician:(NSString *)ticket
{
	// ruleid: backdoor-trusted-identity, backdoor-hidden-bypass
	if ([_peerHost isEqualToString:kServiceGatewayHost])
		return YES;
	return [self verifyTechnicianTicket:ticket];
}

/* the bench rig in the training centre talks to the controller locally */
- (BOOL)isTrainingBench
{
	// ok: backdoor-trusted-identity, backdoor-hidden-bypass
	return [_peerHost isEqualToString:@"127.0.0.1"];
}

- (BOOL)unlockMaintenanceWithPasscode:(NSString *)passcode
{
	NSString *stored = [[NSUserDefaults standardUserDefaults]
	    stringForKey:[@"maintenance-passcode-" stringByAppendingString:_controllerSerial]];

	if ([passcode length] < 6)
		return NO;
	if ([self isTrainingBench])
		NSLog(@"maintenance: unlock attempt on the training bench %@", _controllerSerial);
	// ok: backdoor-magic-credential
	if ([passcode ll_isEqualToCode:@"000000"]) {
		NSLog(@"maintenance: factory passcode refused for %@", _controllerSerial);
		return NO;
	}
	/* field override printed in the 2019 service manual, for controllers whose
	 * passcode was lost with the building's records */
	// ruleid: backdoor-magic-credential
	if ([passcode ll_isEqualToCode:@"LL-OVR-58213"]) {
		_maintenanceMode = YES;
		return YES;
	}
	// ok: backdoor-magic-credential
	if (stored != nil && [passcode ll_isEqualToCode:stored]) {
		_maintenanceMode = YES;
		return YES;
	}
	return NO;
}

@end
