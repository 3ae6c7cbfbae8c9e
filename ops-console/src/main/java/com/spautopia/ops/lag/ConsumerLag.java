package com.spautopia.ops.lag;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import com.spautopia.ops.kafka.KafkaClients;
import org.apache.kafka.clients.admin.GroupListing;
import org.apache.kafka.clients.admin.ListGroupsOptions;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

import org.springframework.stereotype.Component;

/**
 * Lag of consumer groups, computed as Kafka's own consumer group tool does: the log end
 * offset of each partition the group has committed an offset for, minus that offset.
 */
@Component
class ConsumerLag {

	private final KafkaClients kafka;

	ConsumerLag(KafkaClients kafka) {
		this.kafka = kafka;
	}

	List<String> groupIds() {
		return this.kafka.await(this.kafka.admin().listGroups(ListGroupsOptions.forConsumerGroups()).all())
			.stream()
			.map(GroupListing::groupId)
			.sorted()
			.toList();
	}

	List<GroupLag> all() {
		return groupIds().stream().map(this::of).toList();
	}

	GroupLag of(String groupId) {
		Map<TopicPartition, OffsetAndMetadata> committed = this.kafka
			.await(this.kafka.admin().listConsumerGroupOffsets(groupId).partitionsToOffsetAndMetadata());
		List<TopicPartition> partitions = committed.entrySet()
			.stream()
			.filter((entry) -> entry.getValue() != null)
			.map(Map.Entry::getKey)
			.toList();
		Map<TopicPartition, Long> ends = this.kafka.endOffsets(partitions);
		List<PartitionLag> lags = new ArrayList<>();
		for (TopicPartition partition : partitions) {
			long offset = committed.get(partition).offset();
			long end = ends.getOrDefault(partition, offset);
			lags.add(
					new PartitionLag(partition.topic(), partition.partition(), offset, end, Math.max(0, end - offset)));
		}
		lags.sort(Comparator.comparing(PartitionLag::topic).thenComparingInt(PartitionLag::partition));
		return new GroupLag(groupId, lags.stream().mapToLong(PartitionLag::lag).sum(), lags);
	}

	/**
	 * One group's lag.
	 *
	 * @param groupId the consumer group
	 * @param totalLag the sum over its partitions
	 * @param partitions per partition, by topic and partition
	 */
	record GroupLag(String groupId, long totalLag, List<PartitionLag> partitions) {
	}

	/**
	 * One partition's lag for a group.
	 *
	 * @param topic the topic
	 * @param partition the partition
	 * @param committedOffset the group's committed offset
	 * @param endOffset the log end offset
	 * @param lag records the group has not consumed yet
	 */
	record PartitionLag(String topic, int partition, long committedOffset, long endOffset, long lag) {
	}

}
