/* Mock of Apple's umbrella header <Security/Security.h>. */
#include <Security/SecBase.h>
#include <Security/SecItem.h>
#include <Security/SecKey.h>
#include <Security/SecRandom.h>
#include <Security/SecTrust.h>
#include <Security/SecureTransport.h>
#include <Security/SecProtocolOptions.h>
