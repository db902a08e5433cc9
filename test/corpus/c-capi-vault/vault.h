#pragma once
#include <stddef.h>
#include <windows.h>
#include <wincrypt.h>
struct pass_source { const BYTE *data; DWORD len; };
BOOL derive_vault_key(HCRYPTPROV prov, const struct pass_source *src, HCRYPTKEY *key);
