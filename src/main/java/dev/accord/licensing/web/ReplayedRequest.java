package dev.accord.licensing.web;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/**
 * A request whose body was read already (all of it, or its first bytes), to be read again further
 * down the filter chain: the bytes read, then whatever the client still sends.
 */
final class ReplayedRequest extends HttpServletRequestWrapper {

	private final byte[] start;

	private ServletInputStream stream;

	ReplayedRequest(HttpServletRequest request, byte[] start) {
		super(request);
		this.start = start;
	}

	@Override
	public ServletInputStream getInputStream() throws IOException {
		if (this.stream == null) {
			this.stream = replay(new SequenceInputStream(new ByteArrayInputStream(this.start), super.getInputStream()));
		}
		return this.stream;
	}

	private static ServletInputStream replay(InputStream in) {
		return new ServletInputStream() {

			private boolean finished;

			@Override
			public int read() throws IOException {
				int b = in.read();
				this.finished = b < 0;
				return b;
			}

			@Override
			public int read(byte[] buffer, int offset, int length) throws IOException {
				int n = in.read(buffer, offset, length);
				this.finished = n < 0;
				return n;
			}

			@Override
			public boolean isFinished() {
				return this.finished;
			}

			@Override
			public boolean isReady() {
				return true;
			}

			@Override
			public void setReadListener(ReadListener listener) {
				throw new UnsupportedOperationException("the body is already in memory");
			}

		};
	}

	@Override
	public BufferedReader getReader() throws IOException {
		String charset = getCharacterEncoding();
		return new BufferedReader(new InputStreamReader(getInputStream(),
				(charset != null) ? java.nio.charset.Charset.forName(charset) : StandardCharsets.UTF_8));
	}

}
