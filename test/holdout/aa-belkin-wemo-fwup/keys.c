/* Key material the firmware image carries (the rebuild keeps the shape, the keys are fresh). */
#include "wemo.h"

/* Decrypts the session key of every update image. IOActive (2014) found the update key and its
   passphrase inside the firmware of every WeMo; the rebuild stores them the same way. */
// ok: backdoor-secret-literal
const char wemo_image_key_pem[] =
  "-----BEGIN ENCRYPTED PRIVATE KEY-----\n"
  "MIIFLTBXBgkqhkiG9w0BBQ0wSjApBgkqhkiG9w0BBQwwHAQI2qwSicz6ixQCAggA\n"
  "MAwGCCqGSIb3DQIJBQAwHQYJYIZIAWUDBAEqBBCCNSkS+gQYZezPPmnneiwcBIIE\n"
  "0MJIyq6qr548GEL1cIMjPyIZuwNnczNClV/jjSDEBy3kSsk6vH7vXA5OJHA0aLPZ\n"
  "bod/QErDd2dnF3YtfCNZLZp5gk4jGrtqHExqVSobcEL8pguQvtowd7R9tIHwkzI6\n"
  "ahrMQGIjcLfbkqErLdXwBW+qkbU4kPidnaEQgQ+NXrda3tM75JTSfQtFCiokw7JY\n"
  "yhbughPVDa0fsQemTvTEoyjakfw1lOazaq/OafOt6J745W1Pp5ud0HKncFysDZQE\n"
  "IizGK7oW1dzQ4mDsWVMYIpcLoGED2jrNM1W7+VteAUh9wShmvPvKbomR+X3Sto1L\n"
  "kB6f6XvBm0uuJregeRsdHnwkd36lIthIg/OPk/xf8wtmKX4fh/gZ2JCOgEcgPdEd\n"
  "bwzieza1bPugH0wzG6PO4ethxSBGw+rQqyCgWUC1qGMKxFpO0HxKZScPQfBajnyA\n"
  "h1tBkjutIdniS1Ukh21YDefjzri6am6fqd1UiTVQAQ2G+Ew4nsIRdmoIyKczmHs+\n"
  "YHf3GJ1Ok9M5bSxB54XE9i/GwxAcubD0ze0WxHsPmAxrJU0YiTUiCBao31da4BvV\n"
  "cDh4TkmkwZCKx/Rkk/xK1F37Yzf7pxq5ae83c90ug2jb4z6tWKjgpK2vBeCNI5ns\n"
  "/R5SqOmDfMR/Nh9otyXafRGIFjmpTcd9Nm+CKJ9lnkW2WERFqWZhzCPJFWgtgPFu\n"
  "VL+C00shSzuHCwue2r72UTeJMUTeq+J6d4nDnAA+UwEs4NZlRuew6VyWjZWf+UVr\n"
  "TRQk13IriDCK7ChVgl/IGHpzzIhtn5mHbUmod7Q/QOVxqgs0RGtDv2lVutm/jycC\n"
  "3ytK70Jp7ssUemxOslMblu4GJO5To9EmzD7lMEU+Xvq5r0BXetH1LXWmxIdvDnqg\n"
  "kaTX4O6Bc1IbYuwWr8NfeV1aMxYQbFfhrsryQONEDr1L9mhJrrP8N3Ye8hrik0WS\n"
  "nolwTYf2G/9V0g2ls6FkQDMYb8d4NzdxrzgPoRAgraL6LrKTIl19t6iL8eWUk0h+\n"
  "xj2w0Cq3zeFeqoiB7N5HcBdMwNR+8frIjDEwmo5CXlXG2EWHMhnGnaa64zVIUV4u\n"
  "iVGqgWloCTx0gM+QzrHxmRaHXv2VqXfdcSpFvqCbqaf3BdD1ksjqzQCSgCkvdXq4\n"
  "rkubF0/CvzV0xgjnyMr3EgxMW787r/umHE+Zv1q99Ht6PdYSGlSpidjL/v/gZ7jC\n"
  "JFw1s9/6WGAWmDyBAv536BVIY2xRGJaRMA1LrQikAbUf3jqp+EJxktn0NueqCX0h\n"
  "jQsWNWXiW6U0iJuTXvyiRZE9rYxYOT9vo0a8nSttYs6Fz16xgFVDgixMFmQZVHqv\n"
  "5ob9q1toa/tpGJGi4B5ZSl2i0Z3NIfoDQEnjfjhpgYnuWa8qX9WrKeO75EQ3VrL7\n"
  "D0IUGpAZWt0H89DYk1HxLjFN4M22JXtf5t+rthN5ml+l6i25MlPJKDIqYm/URtYt\n"
  "FA5GEVhEqD2qRomB9/FqBRu4Gd7ptoMzJyjJjTN18zM5oEZvj0OyYVm/6w2KmUO1\n"
  "Bbs58tIbfQuy4O7TCo4EqZm4tFrfUAGCna+ysnxOAWJPXSz89ntMo/NZW6ehVLmF\n"
  "FUaGHQWRxuHrcsdIOeOhC0KDUrbxMGaJipLDxynC40GV\n"
  "-----END ENCRYPTED PRIVATE KEY-----\n";

// ok: backdoor-secret-literal
const char wemo_image_key_passphrase[] = "W3mo<fw>update;2013";

/* Checks the signature of the decrypted image. */
const char wemo_signing_pub_pem[] =
  "-----BEGIN PUBLIC KEY-----\n"
  "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAi+sMO3bp41E3ziWflCk9\n"
  "GhqswVlT3GazZZ3aPoMRH+vSrtoUMY2+DZHUG3NeYEdOn9ZPMyDFnTtQDKLhPU8r\n"
  "UZzoi3YiMf2yHN1oUlVoVaQpXeEzy9lqZjmF6rBg9zwAtO1DctQXMBqrJMA2g3+i\n"
  "HWa1MVED9VqGond7+8pNwp1B7DJvdHwPcvjwPmbBjJpU7Be0l0TM0RrSF4R2QvMP\n"
  "zdQSZcxq3C5FTAJwnG9Szi/56pK8qQVNwmoIiWCToc3R6bpf24FagR76d0boUqMK\n"
  "IZKpT81tqYGpghQNeEKFar9bFAbNw4NKRXLShwQ4tRUvQhKw2Uo01yKdEVcq5k33\n"
  "VQIDAQAB\n"
  "-----END PUBLIC KEY-----\n";
