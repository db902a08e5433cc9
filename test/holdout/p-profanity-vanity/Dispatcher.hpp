// Dispatcher.hpp - drives the devices round by round and reports results.
#pragma once

#include <chrono>
#include <fstream>
#include <memory>
#include <string>
#include <vector>

#include "Device.hpp"

class Dispatcher {
public:
	Dispatcher(std::vector<std::unique_ptr<ComputeDevice>> devices, const Mode& mode, cl_uchar scoreQuit, const std::string& outputPath);
	void run();

private:
	struct DeviceState {
		std::unique_ptr<ComputeDevice> device;
		cl_ulong4 seed{};
		cl_ulong round = 0;
		cl_uchar scoreMax = 0;
		result results[PROFANITY_MAX_SCORE + 1] = {};
	};

	void initDevice(DeviceState& d);
	void handleResult(DeviceState& d);
	void printSpeed();

	std::vector<DeviceState> m_devices;
	Mode m_mode;
	cl_uchar m_scoreQuit;
	cl_uchar m_clScoreMax = 0;
	bool m_quit = false;
	std::ofstream m_output;
	std::chrono::time_point<std::chrono::steady_clock> m_timeStart;
	std::size_t m_countRounds = 0;
};
