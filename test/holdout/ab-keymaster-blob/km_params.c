/* Key parameter lists as the HAL serializes them: tag, then a 32-bit value or
 * a length-prefixed byte string, little-endian. */
#include <string.h>
#include "km.h"

static uint32_t rd32(const uint8_t *p)
{
	return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

int km_params_parse(const uint8_t *in, size_t n, struct km_param_set *out)
{
	size_t off = 0;

	memset(out, 0, sizeof *out);
	while (off + 8 <= n && out->n < KM_MAX_PARAMS) {
		struct km_param *p = &out->p[out->n];
		p->tag = rd32(in + off);
		off += 4;
		if ((p->tag & 0xf0000000u) == KM_BYTES) {
			p->len = rd32(in + off);
			off += 4;
			if (p->len > n - off)
				return KM_ERROR_INVALID_ARG;
			p->data = in + off;
			off += p->len;
		} else {
			p->u32 = rd32(in + off);
			off += 4;
		}
		out->n++;
	}
	return off == n ? KM_OK : KM_ERROR_INVALID_ARG;
}

const struct km_param *km_param_find(const struct km_param_set *ps, uint32_t tag)
{
	size_t i;

	for (i = 0; i < ps->n; i++)
		if (ps->p[i].tag == tag)
			return &ps->p[i];
	return NULL;
}

uint32_t km_param_u32(const struct km_param_set *ps, uint32_t tag, uint32_t dflt)
{
	const struct km_param *p = km_param_find(ps, tag);
	return p != NULL ? p->u32 : dflt;
}
