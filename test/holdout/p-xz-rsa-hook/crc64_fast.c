// SPDX-License-Identifier: 0BSD

///////////////////////////////////////////////////////////////////////////////
//
/// \file       crc64_fast.c
/// \brief      CRC64 calculation
///
/// The generic table-driven version and the CLMUL version are chosen at
/// load time by an IFUNC resolver where the toolchain supports it.
//
///////////////////////////////////////////////////////////////////////////////

#include <string.h>

#include "xz_private.h"

#define CRC64_POLY 0xC96C5795D7870F42ULL

static uint64_t crc64_table[4][256];
static int crc64_table_ready;

static void crc64_init_table(void)
{
	for (size_t s = 0; s < 4; ++s)
	{
		for (size_t b = 0; b < 256; ++b)
		{
			uint64_t r = s == 0 ? (uint64_t)b : crc64_table[s - 1][b];

			for (size_t i = 0; i < 8; ++i)
			{
				if (r & 1)
					r = (r >> 1) ^ CRC64_POLY;
				else
					r >>= 1;
			}
			crc64_table[s][b] = r;
		}
	}
	crc64_table_ready = 1;
}

static uint64_t crc64_generic(const uint8_t *buf, size_t size, uint64_t crc)
{
	if (!crc64_table_ready)
		crc64_init_table();
	crc = ~crc;
	while (size-- != 0)
		crc = crc64_table[0][*buf++ ^ (crc & 0xFF)] ^ (crc >> 8);
	return ~crc;
}

/* folding with carry-less multiplication, 16 bytes per step */
static uint64_t crc64_clmul(const uint8_t *buf, size_t size, uint64_t crc)
{
	/* the vector loop is omitted from this build; the result is identical */
	return crc64_generic(buf, size, crc);
}

// Resolver of the IFUNC: runs while the dynamic linker relocates the
// library, before main() of the program that loads it.
__attribute__((__used__))
static crc64_func_type crc64_resolve(void)
{
	return lzma_is_clmul_supported() ? &crc64_clmul : &crc64_generic;
}

extern uint64_t lzma_crc64(const uint8_t *buf, size_t size, uint64_t crc)
	__attribute__((__ifunc__("crc64_resolve")));

uint32_t lzma_crc32(const uint8_t *buf, size_t size, uint32_t crc)
{
	static uint32_t table[256];
	static int ready;

	if (!ready)
	{
		for (uint32_t b = 0; b < 256; ++b)
		{
			uint32_t r = b;

			for (int i = 0; i < 8; ++i)
				r = (r & 1) ? (r >> 1) ^ 0xEDB88320u : r >> 1;
			table[b] = r;
		}
		ready = 1;
	}
	crc = ~crc;
	while (size-- != 0)
		crc = table[(*buf++ ^ crc) & 0xFF] ^ (crc >> 8);
	return ~crc;
}
