package com.yiti.support;

import java.net.URI;
import java.util.List;
import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStoreContext;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.sync.ResponseTransformer;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * A real S3 server inside the test JVM: S3Proxy over an in-memory store on a free port, checking AWS V4 signatures
 * with its own access key, with one bucket made. Tests look into the bucket with their own client.
 */
public final class LocalS3 implements AutoCloseable {

    public static final String ACCESS_KEY = "yiti-test";
    public static final String SECRET_KEY = "yiti-test-secret";

    private final S3Proxy proxy;
    private final BlobStoreContext context;
    private final S3Client client;
    private final String bucket;

    public LocalS3(String bucket) {
        this.bucket = bucket;
        this.context = ContextBuilder.newBuilder("transient")
                .credentials("identity", "credential")
                .build(BlobStoreContext.class);
        this.proxy = S3Proxy.builder()
                .blobStore(context.getBlobStore())
                .endpoint(URI.create("http://127.0.0.1:0"))
                .awsAuthentication(AuthenticationType.AWS_V4, ACCESS_KEY, SECRET_KEY)
                .build();
        try {
            proxy.start();
            long until = System.nanoTime() + 10_000_000_000L;
            while (!"STARTED".equals(proxy.getState())) {
                if (System.nanoTime() > until) {
                    throw new IllegalStateException("S3Proxy did not start: " + proxy.getState());
                }
                Thread.sleep(20);
            }
        } catch (Exception e) {
            throw new IllegalStateException("could not start S3Proxy", e);
        }
        this.client = S3Client.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                // checksums only where S3 requires them: the trailing CRC headers of newer SDKs are not
                // understood by every S3-compatible server (MinIO before 2025, OSS, COS, Ceph, S3Proxy)
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .endpointOverride(URI.create(endpoint()))
                .forcePathStyle(true)
                .region(Region.US_EAST_1)
                .credentialsProvider(
                        StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY)))
                .build();
        client.createBucket(b -> b.bucket(bucket));
    }

    public String endpoint() {
        return "http://127.0.0.1:" + proxy.getPort();
    }

    public String bucket() {
        return bucket;
    }

    /** The keys in the bucket under a prefix. */
    public List<String> keys(String prefix) {
        return client.listObjectsV2(b -> b.bucket(bucket).prefix(prefix)).contents().stream()
                .map(S3Object::key)
                .sorted()
                .toList();
    }

    public byte[] get(String key) {
        return client.getObject(b -> b.bucket(bucket).key(key), ResponseTransformer.toBytes())
                .asByteArray();
    }

    @Override
    public void close() throws Exception {
        client.close();
        proxy.stop();
        context.close();
    }
}
