#include <openssl/sha.h>
#include <sys/socket.h>

int util_random(unsigned char *out, int n);
void board_fill(unsigned char *out, int n);

int send_session_key(int fd)
{
    unsigned char session_key[32];

    if (util_random(session_key, sizeof session_key) != 0)
        return -1;
    return (int)send(fd, session_key, sizeof session_key, 0);
}

int send_board_key(int fd)
{
    unsigned char board_key[16];

    board_fill(board_key, sizeof board_key);
    return (int)send(fd, board_key, sizeof board_key, 0);
}

int send_nonce(int fd)
{
    unsigned char nonce[16];

    if (util_random(nonce, sizeof nonce) != 0)
        return -1;
    return (int)send(fd, nonce, sizeof nonce, 0);
}

int send_key_id(int fd)
{
    unsigned char mac_key[32], id[32];

    if (util_random(mac_key, sizeof mac_key) != 0)
        return -1;
    SHA256(mac_key, sizeof mac_key, id);
    return (int)send(fd, id, 8, 0);
}

void *util_alloc(unsigned long n);

int dump_key_buffer(int fd)
{
    unsigned char *key_buf = util_alloc(32);

    if (key_buf == NULL)
        return -1;
    return (int)send(fd, key_buf, 32, 0);
}
