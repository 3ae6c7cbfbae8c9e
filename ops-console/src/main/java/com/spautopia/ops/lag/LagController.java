package com.spautopia.ops.lag;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/ops/consumer-groups")
class LagController {

	private final ConsumerLag lag;

	LagController(ConsumerLag lag) {
		this.lag = lag;
	}

	@GetMapping
	List<ConsumerLag.GroupLag> groups() {
		return this.lag.all();
	}

	@GetMapping("/{groupId}")
	ConsumerLag.GroupLag group(@PathVariable String groupId) {
		return this.lag.of(groupId);
	}

}
