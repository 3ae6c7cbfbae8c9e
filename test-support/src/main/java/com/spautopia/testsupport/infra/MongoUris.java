package com.spautopia.testsupport.infra;

/**
 * Manipulates MongoDB connection strings without a driver dependency.
 */
final class MongoUris {

	private MongoUris() {
	}

	/**
	 * Put the given database into a connection string, keeping hosts, credentials and
	 * options. With credentials and no {@code authSource}, the original database (or
	 * {@code admin}) is kept as {@code authSource} so authentication still works.
	 */
	static String withDatabase(String uri, String database) {
		int schemeEnd = uri.indexOf("://");
		if (schemeEnd < 0) {
			throw new IllegalArgumentException("Not a MongoDB connection string");
		}
		int hostsStart = schemeEnd + 3;
		int hostsEnd = indexOfAny(uri, hostsStart, '/', '?');
		String prefix = uri.substring(0, hostsEnd);
		String rest = uri.substring(hostsEnd);
		int query = rest.indexOf('?');
		String path = (query < 0) ? rest : rest.substring(0, query);
		String options = (query < 0) ? "" : rest.substring(query + 1);
		String originalDatabase = path.startsWith("/") ? path.substring(1) : path;
		boolean credentials = uri.substring(hostsStart, hostsEnd).contains("@");
		if (credentials && !options.contains("authSource=")) {
			String authSource = originalDatabase.isEmpty() ? "admin" : originalDatabase;
			options = options.isEmpty() ? "authSource=" + authSource : options + "&authSource=" + authSource;
		}
		return prefix + "/" + database + (options.isEmpty() ? "" : "?" + options);
	}

	static String redacted(String uri) {
		return uri.replaceAll("://[^@/]*@", "://***@");
	}

	private static int indexOfAny(String text, int from, char... chars) {
		for (int i = from; i < text.length(); i++) {
			for (char c : chars) {
				if (text.charAt(i) == c) {
					return i;
				}
			}
		}
		return text.length();
	}

}
