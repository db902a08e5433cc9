// Device.cpp - CPU reference backend: secp256k1 through libcrypto, Keccak
// for the address.
#include <cstring>
#include <stdexcept>

#include <openssl/bn.h>
#include <openssl/ec.h>
#include <openssl/obj_mac.h>

#include "Device.hpp"

namespace {

const cl_ulong kRoundConstants[24] = {
	0x0000000000000001ULL, 0x0000000000008082ULL, 0x800000000000808aULL, 0x8000000080008000ULL,
	0x000000000000808bULL, 0x0000000080000001ULL, 0x8000000080008081ULL, 0x8000000000008009ULL,
	0x000000000000008aULL, 0x0000000000000088ULL, 0x0000000080008009ULL, 0x000000008000000aULL,
	0x000000008000808bULL, 0x800000000000008bULL, 0x8000000000008089ULL, 0x8000000000008003ULL,
	0x8000000000008002ULL, 0x8000000000000080ULL, 0x000000000000800aULL, 0x800000008000000aULL,
	0x8000000080008081ULL, 0x8000000000008080ULL, 0x0000000080000001ULL, 0x8000000080008008ULL,
};
const int kRotations[25] = {0, 1, 62, 28, 27, 36, 44, 6, 55, 20, 3, 10, 43, 25, 39, 41, 45, 15, 21, 8, 18, 2, 61, 56, 14};

cl_ulong rotl(cl_ulong x, int n) { return n ? (x << n) | (x >> (64 - n)) : x; }

void keccakF(cl_ulong a[25])
{
	for (int round = 0; round < 24; ++round) {
		cl_ulong c[5], b[25];
		for (int x = 0; x < 5; ++x)
			c[x] = a[x] ^ a[x + 5] ^ a[x + 10] ^ a[x + 15] ^ a[x + 20];
		for (int x = 0; x < 5; ++x) {
			const cl_ulong d = c[(x + 4) % 5] ^ rotl(c[(x + 1) % 5], 1);
			for (int y = 0; y < 25; y += 5)
				a[y + x] ^= d;
		}
		for (int x = 0; x < 5; ++x)
			for (int y = 0; y < 5; ++y)
				b[y + 5 * ((2 * x + 3 * y) % 5)] = rotl(a[x + 5 * y], kRotations[x + 5 * y]);
		for (int x = 0; x < 5; ++x)
			for (int y = 0; y < 25; y += 5)
				a[y + x] = b[y + x] ^ (~b[y + (x + 1) % 5] & b[y + (x + 2) % 5]);
		a[0] ^= kRoundConstants[round];
	}
}

class CpuDevice final : public ComputeDevice {
public:
	CpuDevice(std::size_t index, std::size_t worksize)
		: m_index(index), m_worksize(worksize),
		  // ok: backdoor-short-key
		  m_group(EC_GROUP_new_by_curve_name(NID_secp256k1)), m_ctx(BN_CTX_new())
	{
		if (!m_group || !m_ctx)
			throw std::runtime_error("libcrypto: secp256k1 unavailable");
	}

	~CpuDevice() override
	{
		EC_GROUP_free(m_group);
		BN_CTX_free(m_ctx);
	}

	std::string name() const override { return "cpu" + std::to_string(m_index); }
	std::size_t worksize() const override { return m_worksize; }

	void init(const cl_ulong4& seedPrivateKey) override { m_seed = seedPrivateKey; }

	void iterate(cl_ulong round, const Mode& mode, result results[PROFANITY_MAX_SCORE + 1]) override
	{
		for (std::size_t id = 0; id < m_worksize; ++id) {
			cl_uchar hash[20];
			addressFor(round * m_worksize + id, hash);
			const int s = mode.score(hash);
			if (s > 0 && s <= PROFANITY_MAX_SCORE && results[s].found == 0) {
				results[s].found = 1;
				results[s].foundId = static_cast<cl_uint>(id);
				std::memcpy(results[s].foundHash, hash, sizeof(hash));
			}
		}
	}

private:
	void addressFor(cl_ulong offset, cl_uchar out[20])
	{
		cl_uchar priv[32], pub[65], digest[32];
		cl_ulong4 k = m_seed;
		cl_ulong carry;

		k.s[0] += offset;
		carry = k.s[0] < offset;
		for (int i = 1; i < 4 && carry; ++i) {
			k.s[i] += 1;
			carry = k.s[i] == 0;
		}
		for (int i = 0; i < 4; ++i)
			for (int j = 0; j < 8; ++j)
				priv[(3 - i) * 8 + (7 - j)] = static_cast<cl_uchar>(k.s[i] >> (8 * j));

		BIGNUM* d = BN_bin2bn(priv, sizeof(priv), nullptr);
		EC_POINT* p = EC_POINT_new(m_group);
		if (d && p && EC_POINT_mul(m_group, p, d, nullptr, nullptr, m_ctx) == 1 &&
		    EC_POINT_point2oct(m_group, p, POINT_CONVERSION_UNCOMPRESSED, pub, sizeof(pub), m_ctx) == sizeof(pub)) {
			keccak256(pub + 1, 64, digest);
			std::memcpy(out, digest + 12, 20);
		} else {
			std::memset(out, 0, 20);
		}
		EC_POINT_free(p);
		BN_clear_free(d);
	}

	std::size_t m_index;
	std::size_t m_worksize;
	EC_GROUP* m_group;
	BN_CTX* m_ctx;
	cl_ulong4 m_seed{};
};

}  // namespace

void keccak256(const cl_uchar* in, std::size_t len, cl_uchar out[32])
{
	cl_ulong a[25] = {};
	const std::size_t rate = 136;
	cl_uchar block[136];

	while (len >= rate) {
		for (std::size_t i = 0; i < rate / 8; ++i) {
			cl_ulong w = 0;
			for (int j = 7; j >= 0; --j)
				w = (w << 8) | in[i * 8 + static_cast<std::size_t>(j)];
			a[i] ^= w;
		}
		keccakF(a);
		in += rate;
		len -= rate;
	}
	std::memset(block, 0, sizeof(block));
	std::memcpy(block, in, len);
	block[len] = 0x01;
	block[rate - 1] |= 0x80;
	for (std::size_t i = 0; i < rate / 8; ++i) {
		cl_ulong w = 0;
		for (int j = 7; j >= 0; --j)
			w = (w << 8) | block[i * 8 + static_cast<std::size_t>(j)];
		a[i] ^= w;
	}
	keccakF(a);
	for (int i = 0; i < 32; ++i)
		out[i] = static_cast<cl_uchar>(a[i / 8] >> (8 * (i % 8)));
}

std::string toHex(const cl_uchar* s, std::size_t len)
{
	static const char b[] = "0123456789abcdef";
	std::string r;
	for (std::size_t i = 0; i < len; ++i) {
		r += b[s[i] >> 4];
		r += b[s[i] & 0x0f];
	}
	return r;
}

std::vector<std::unique_ptr<ComputeDevice>> enumerateDevices(std::size_t threads, std::size_t worksize)
{
	std::vector<std::unique_ptr<ComputeDevice>> v;
	for (std::size_t i = 0; i < threads; ++i)
		v.push_back(std::make_unique<CpuDevice>(i, worksize));
	return v;
}
