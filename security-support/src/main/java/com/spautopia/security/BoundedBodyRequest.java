package com.spautopia.security;

import java.io.IOException;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import org.jspecify.annotations.Nullable;

/**
 * A request whose body stops being readable past a limit, for bodies sent without a
 * {@code Content-Length} (chunked): reading more fails, so the request is refused as
 * unreadable instead of filling memory.
 */
final class BoundedBodyRequest extends HttpServletRequestWrapper {

	private final long limit;

	private @Nullable ServletInputStream stream;

	BoundedBodyRequest(HttpServletRequest request, long limit) {
		super(request);
		this.limit = limit;
	}

	@Override
	public ServletInputStream getInputStream() throws IOException {
		if (this.stream == null) {
			this.stream = new Bounded(super.getInputStream(), this.limit);
		}
		return this.stream;
	}

	private static final class Bounded extends ServletInputStream {

		private final ServletInputStream body;

		private final long limit;

		private long read;

		Bounded(ServletInputStream body, long limit) {
			this.body = body;
			this.limit = limit;
		}

		@Override
		public int read() throws IOException {
			int next = this.body.read();
			if (next >= 0) {
				count(1);
			}
			return next;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int count = this.body.read(buffer, offset, length);
			if (count > 0) {
				count(count);
			}
			return count;
		}

		private void count(int bytes) throws IOException {
			this.read += bytes;
			if (this.read > this.limit) {
				throw new IOException("The request body is larger than " + this.limit + " bytes.");
			}
		}

		@Override
		public boolean isFinished() {
			return this.body.isFinished();
		}

		@Override
		public boolean isReady() {
			return this.body.isReady();
		}

		@Override
		public void setReadListener(ReadListener listener) {
			this.body.setReadListener(listener);
		}

	}

}
