package com.spautopia.ops.deadletter;

import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

import org.apache.kafka.common.TopicPartition;

/**
 * How many messages of each dead-letter topic wait for an operator: those the topic still
 * holds, less those already replayed or discarded. A message deleted by the topic's
 * retention no longer counts, handled or not.
 */
final class DeadLetterDepth {

	private DeadLetterDepth() {
	}

	/**
	 * Messages waiting per dead-letter topic.
	 * @param beginnings the first offset each partition still holds
	 * @param ends the offset each partition's next message will get
	 * @param handled ids ({@link DeadLetterAction#id}) of the messages replayed or
	 * discarded
	 * @return messages waiting, by topic (every topic of {@code ends}, zero included)
	 */
	static Map<String, Long> waiting(Map<TopicPartition, Long> beginnings, Map<TopicPartition, Long> ends,
			Collection<String> handled) {
		Map<String, Long> waiting = new TreeMap<>();
		ends.forEach((partition, end) -> waiting.merge(partition.topic(), end - beginnings.getOrDefault(partition, end),
				Long::sum));
		for (String id : handled) {
			int offsetAt = id.lastIndexOf('/');
			int partitionAt = id.lastIndexOf('/', offsetAt - 1);
			if (partitionAt <= 0) {
				continue;
			}
			TopicPartition partition = new TopicPartition(id.substring(0, partitionAt),
					Integer.parseInt(id.substring(partitionAt + 1, offsetAt)));
			long offset = Long.parseLong(id.substring(offsetAt + 1));
			Long beginning = beginnings.get(partition);
			Long end = ends.get(partition);
			if (beginning != null && end != null && offset >= beginning && offset < end) {
				waiting.merge(partition.topic(), -1L, Long::sum);
			}
		}
		return waiting;
	}

}
