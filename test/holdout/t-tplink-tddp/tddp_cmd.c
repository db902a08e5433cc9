/* tddp commands.  CMD_FTEST_CONFIG is the production line's configuration
 * test: fetch a Lua file from the sender's TFTP server and run its
 * config_test() as root. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <lauxlib.h>
#include <lua.h>
#include <lualib.h>

#include "tplink.h"

static int ftest_config(const uint8_t *payload, size_t n, const char *peer_ip)
{
    char arg[256], cmd[384], path[300];
    char *semi;
    lua_State *L;
    int rc = -1;

    if (n == 0 || n >= sizeof arg)
        return -1;
    memcpy(arg, payload, n);
    arg[n] = '\0';
    semi = strchr(arg, ';');
    if (semi == NULL)
        return -1;
    *semi++ = '\0';

    snprintf(cmd, sizeof cmd, "cd /tmp; tftp -gr %s %s", arg, peer_ip);
    system(cmd);
    snprintf(path, sizeof path, "/tmp/%s", arg);

    L = luaL_newstate();
    luaL_openlibs(L);
    if (luaL_loadfile(L, path) == LUA_OK && lua_pcall(L, 0, 0, 0) == LUA_OK) {
        lua_getglobal(L, "config_test");
        lua_pushstring(L, semi);
        rc = lua_pcall(L, 1, 0, 0) == LUA_OK ? 0 : -1;
    }
    lua_close(L);
    return rc;
}

static int get_mac(uint8_t *reply, size_t cap)
{
    const char *mac = cfg_get("lan_mac");
    size_t len = mac ? strlen(mac) : 0;

    if (len > cap)
        return -1;
    memcpy(reply, mac ? mac : "", len);
    return (int)len;
}

int tddp_v1_handle(const struct tddp_hdr *h, const uint8_t *payload, size_t n, const char *peer_ip, uint8_t *reply, size_t cap)
{
    if (h->type != TDDP_CMD_SPECIAL)
        return -1;
    switch (h->sub_type) {
    case TDDP_CMD_SYS_INIT:
        return cfg_set("factory_state", "init") == 0 ? 0 : -1;
    case TDDP_CMD_CONFIG_MAC:
        if (n < 17)
            return -1;
        return cfg_set("lan_mac", (const char *)payload) == 0 ? 0 : -1;
    case TDDP_CMD_GET_MAC:
        return get_mac(reply, cap);
    // ok: backdoor-input-trigger
    case TDDP_CMD_FTEST_CONFIG:
        return ftest_config(payload, n, peer_ip);
    default:
        return -1;
    }
}

int tddp_v2_handle(const struct tddp_hdr *h, const uint8_t *payload, size_t n, uint8_t *reply, size_t cap)
{
    char name[32], value[96];

    if (h->type == TDDP_GET_SYS_INF)
        return get_mac(reply, cap);
    if (h->type != TDDP_SET_USR_CFG || n == 0 || n >= sizeof value)
        return -1;
    if (sscanf((const char *)payload, "%31[^=]=%95s", name, value) != 2)
        return -1;
    return cfg_set(name, value) == 0 ? 0 : -1;
}
