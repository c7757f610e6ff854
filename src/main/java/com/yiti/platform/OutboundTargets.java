package com.yiti.platform;

import com.yiti.shared.BusinessRuleException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where the application may send an HTTP request of an administrator's choosing — webhooks, sync sources, notification
 * channels (SSRF guard), checked when ADMIN saves it and again before every attempt (a name may
 * resolve elsewhere later): only http(s) URLs without user info; never the application itself, never link-local
 * addresses (169.254.0.0/16 holds the clouds' metadata service, fe80::/10), the unspecified or multicast addresses, or
 * the IPv6 metadata address; loopback only where {@code yiti.webhooks.allow-loopback} says so (tests, a developer's
 * machine). Company-internal addresses (10/8, 192.168/16) are allowed: an ERP on the LAN is a normal receiver.
 */
@Component
public class OutboundTargets {

    private final boolean allowLoopback;
    private final URI application;

    public OutboundTargets(
            @Value("${yiti.webhooks.allow-loopback:false}") boolean allowLoopback,
            @Value("${yiti.base-url}") String baseUrl) {
        this.allowLoopback = allowLoopback;
        this.application = URI.create(baseUrl);
    }

    /** The URL, checked: refused with the reason at the field {@code url}. */
    public URI check(String url) {
        URI uri;
        try {
            uri = URI.create(url.trim());
        } catch (IllegalArgumentException e) {
            throw new BusinessRuleException("url", "webhook.url.invalid");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new BusinessRuleException("url", "webhook.url.scheme");
        }
        if (uri.getHost() == null || uri.getRawUserInfo() != null) {
            throw new BusinessRuleException("url", "webhook.url.invalid");
        }
        if (sameAsApplication(uri)) {
            throw new BusinessRuleException("url", "webhook.url.self");
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(uri.getHost());
        } catch (UnknownHostException e) {
            throw new BusinessRuleException("url", "webhook.url.unknownHost", uri.getHost());
        }
        for (InetAddress a : addresses) {
            if (a.isLinkLocalAddress() || a.isAnyLocalAddress() || a.isMulticastAddress() || isMetadata(a)) {
                throw new BusinessRuleException("url", "webhook.url.forbiddenAddress", a.getHostAddress());
            }
            if (a.isLoopbackAddress() && !allowLoopback) {
                throw new BusinessRuleException("url", "webhook.url.forbiddenAddress", a.getHostAddress());
            }
        }
        return uri;
    }

    private boolean sameAsApplication(URI uri) {
        return uri.getHost().equalsIgnoreCase(application.getHost()) && port(uri) == port(application);
    }

    private static int port(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    /** AWS's IPv6 metadata address fd00:ec2::254 (the IPv4 one, 169.254.169.254, is link-local). */
    private static boolean isMetadata(InetAddress a) {
        if (!(a instanceof Inet6Address)) {
            return false;
        }
        byte[] b = a.getAddress();
        return (b[0] & 0xff) == 0xfd
                && b[1] == 0
                && (b[2] & 0xff) == 0x0e
                && (b[3] & 0xff) == 0xc2
                && b[15] == (byte) 0x54
                && b[14] == 0x02;
    }
}
