package dev.accord.sso;

import java.net.http.HttpClient;
import java.time.Duration;

import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * HTTP to identity providers with a time limit on connecting and on each answer: an issuer URL is
 * typed by an administrator, and a provider that is slow or never answers must not hold one of
 * Accord's request threads.
 */
final class ProviderHttp {

	private ProviderHttp() {
	}

	static RestClient.Builder builder(Duration timeout) {
		HttpClient client = HttpClient.newBuilder()
			.connectTimeout(timeout)
			.followRedirects(HttpClient.Redirect.NORMAL)
			.build();
		JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(client);
		requests.setReadTimeout(timeout);
		return RestClient.builder().requestFactory(requests);
	}

}
