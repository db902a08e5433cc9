/* TA entry: commands from the normal-world HAL, dispatched through a table. */
#include <string.h>
#include "km.h"

enum {
	CMD_INIT = 0x100,
	CMD_GENERATE_KEY = 0x101,
	CMD_BEGIN = 0x102,
	CMD_ATTEST = 0x103,
	CMD_IMPORT_WRAPPED = 0x104,
};

struct ta_params {
	const uint8_t *in;
	size_t in_len;
	const uint8_t *in2;
	size_t in2_len;
	uint8_t *out;
	size_t out_cap;
	size_t out_len;
	uint32_t value;
};

typedef int (*ta_handler)(struct ta_params *p);

static int cmd_init(struct ta_params *p)
{
	int rc;

	(void)p;
	if (psa_crypto_init() != PSA_SUCCESS)
		return KM_ERROR_UNKNOWN;
	rc = km_rek_init();
	if (rc == KM_OK)
		rc = km_attest_init();
	return rc;
}

static int cmd_generate(struct ta_params *p)
{
	struct km_param_set ps;
	struct km_buf blob = {p->out, 0, p->out_cap};
	int rc = km_params_parse(p->in, p->in_len, &ps);

	if (rc == KM_OK)
		rc = km_generate_key(&ps, &blob);
	p->out_len = blob.len;
	return rc;
}

static int cmd_begin(struct ta_params *p)
{
	struct km_param_set ps;
	struct km_op op;
	int rc = km_params_parse(p->in, p->in_len, &ps);

	if (rc == KM_OK)
		rc = km_begin(&ps, p->in2, p->in2_len, &op);
	if (rc == KM_OK && p->out_cap >= sizeof op.handle + sizeof op.nonce) {
		memcpy(p->out, &op.handle, sizeof op.handle);
		memcpy(p->out + sizeof op.handle, op.nonce, sizeof op.nonce);
		p->out_len = sizeof op.handle + sizeof op.nonce;
	}
	return rc;
}

static int cmd_attest(struct ta_params *p)
{
	return km_attest_sign(p->in, p->in_len, p->value == 1, p->out, p->out_cap, &p->out_len);
}

static int cmd_import_wrapped(struct ta_params *p)
{
	if (p->in_len < 256)
		return KM_ERROR_INVALID_ARG;
	return km_import_wrapped((psa_key_id_t)p->value, p->in, 256, p->in + 256, p->in_len - 256,
	                         (int)(p->value >> 24), p->out, p->out_cap, &p->out_len);
}

static const struct {
	uint32_t cmd;
	ta_handler fn;
} kCommands[] = {
	{CMD_INIT, cmd_init},
	{CMD_GENERATE_KEY, cmd_generate},
	{CMD_BEGIN, cmd_begin},
	{CMD_ATTEST, cmd_attest},
	{CMD_IMPORT_WRAPPED, cmd_import_wrapped},
};

int ta_invoke_command(uint32_t cmd, struct ta_params *p)
{
	size_t i;

#ifdef KM_DEBUG_KEYS
	// ok: backdoor-build-switch
	km_trace("command 0x%x, %zu bytes in", (unsigned)cmd, p->in_len);
#endif

	for (i = 0; i < sizeof kCommands / sizeof kCommands[0]; i++)
		// ok: backdoor-input-trigger
		if (kCommands[i].cmd == cmd)
			return kCommands[i].fn(p);
	km_trace("unknown command 0x%x", (unsigned)cmd);
	return KM_ERROR_UNSUPPORTED;
}
