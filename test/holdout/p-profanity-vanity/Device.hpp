// Device.hpp - compute backends.  The OpenCL backend of the original tool
// is replaced here by an interface; the CPU backend is the reference.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "types.hpp"

class ComputeDevice {
public:
	virtual ~ComputeDevice() = default;
	virtual std::string name() const = 0;
	virtual std::size_t worksize() const = 0;
	// Initialise the device's points from the seed private key.
	virtual void init(const cl_ulong4& seedPrivateKey) = 0;
	// One round: seed + round * worksize + id for every id; keeps the best
	// result per score in results[score].
	virtual void iterate(cl_ulong round, const Mode& mode, result results[PROFANITY_MAX_SCORE + 1]) = 0;
};

std::vector<std::unique_ptr<ComputeDevice>> enumerateDevices(std::size_t threads, std::size_t worksize);

void keccak256(const cl_uchar* in, std::size_t len, cl_uchar out[32]);
std::string toHex(const cl_uchar* s, std::size_t len);
