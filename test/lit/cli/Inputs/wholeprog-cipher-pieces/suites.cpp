// The service's cipher suite choices, shared by its TLS clients.
extern const char kLegacyPeerSuites[] = "DES-CBC3-SHA";
extern const char kExtraSuites[] = "ECDHE-RSA-AES128-GCM-SHA256";
extern const char kArchiveSuites[] = "RC4-SHA:DES-CBC3-SHA";
