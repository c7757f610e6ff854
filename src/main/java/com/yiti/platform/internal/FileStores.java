package com.yiti.platform.internal;

import com.yiti.platform.FileStore;
import com.yiti.platform.StoredFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The file store by configuration (decision 032): {@code yiti.files.store=directory} (the default: each area in its
 * own directory, which a cluster puts on a shared volume) or {@code s3} (one bucket of S3-compatible storage: AWS,
 * MinIO, Aliyun OSS, Tencent COS, Ceph; {@code yiti.files.s3.*}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(FileStores.S3Settings.class)
class FileStores {

    @Bean
    @ConditionalOnProperty(name = "yiti.files.store", havingValue = "directory", matchIfMissing = true)
    FileStore directoryFileStore() {
        return new DirectoryStore();
    }

    @Bean(destroyMethod = "close")
    @ConditionalOnProperty(name = "yiti.files.store", havingValue = "s3")
    S3Store s3FileStore(S3Settings settings) {
        return new S3Store(settings);
    }

    /**
     * Where the bucket is: {@code endpoint} for storage other than AWS (path-style addressing then, which every
     * S3-compatible server understands), {@code region}, the bucket, an optional key prefix, and the access key; without
     * one the SDK's usual chain (environment, profile, instance role) answers.
     */
    @ConfigurationProperties("yiti.files.s3")
    record S3Settings(
            String endpoint, String region, String bucket, String prefix, String accessKey, String secretKey) {

        URI endpointUri() {
            return endpoint == null || endpoint.isBlank() ? null : URI.create(endpoint);
        }

        String regionOrDefault() {
            return region == null || region.isBlank() ? "us-east-1" : region;
        }

        String prefixOrEmpty() {
            if (prefix == null || prefix.isBlank()) {
                return "";
            }
            return prefix.endsWith("/") ? prefix : prefix + "/";
        }
    }

    /** Each area a directory; a file appears under its key whole (written aside, then moved in one step). */
    static final class DirectoryStore implements FileStore {

        @Override
        public StoredFiles area(String name, Path directory) {
            Path root = directory.toAbsolutePath().normalize();
            return new StoredFiles() {
                @Override
                public void put(String key, byte[] content) {
                    try {
                        Files.createDirectories(root);
                        Path temp = Files.createTempFile(root, "upload-", ".part");
                        Files.write(temp, content);
                        Files.move(temp, file(key), StandardCopyOption.ATOMIC_MOVE);
                    } catch (IOException e) {
                        throw new UncheckedIOException("could not store a file in " + root, e);
                    }
                }

                @Override
                public Resource read(String key) {
                    return new FileSystemResource(file(key));
                }

                @Override
                public void delete(String key) {
                    try {
                        Files.deleteIfExists(file(key));
                    } catch (IOException e) {
                        throw new UncheckedIOException("could not delete a file in " + root, e);
                    }
                }

                private Path file(String key) {
                    Path file = root.resolve(key).normalize();
                    if (!file.getParent().equals(root)) {
                        throw new IllegalArgumentException("a key names a file of its area: " + key);
                    }
                    return file;
                }
            };
        }

        @Override
        public String describe() {
            return "directory";
        }
    }

    /** Each area the keys under {@code <prefix><area>/} of one bucket; a PUT is atomic in S3. */
    static final class S3Store implements FileStore, AutoCloseable {

        private final S3Client s3;
        private final String bucket;
        private final String prefix;

        S3Store(S3Settings settings) {
            if (settings.bucket() == null || settings.bucket().isBlank()) {
                throw new IllegalStateException("yiti.files.store=s3 needs yiti.files.s3.bucket");
            }
            AwsCredentialsProvider credentials =
                    settings.accessKey() == null || settings.accessKey().isBlank()
                            ? DefaultCredentialsProvider.builder().build()
                            : StaticCredentialsProvider.create(
                                    AwsBasicCredentials.create(settings.accessKey(), settings.secretKey()));
            var builder = S3Client.builder()
                    .httpClientBuilder(UrlConnectionHttpClient.builder())
                    // checksums only where S3 requires them: the trailing CRC headers of newer SDKs are not
                    // understood by every S3-compatible server (S3Proxy refuses them, so do older MinIO and Ceph)
                    .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                    .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                    .region(Region.of(settings.regionOrDefault()))
                    .credentialsProvider(credentials);
            URI endpoint = settings.endpointUri();
            if (endpoint != null) {
                builder.endpointOverride(endpoint).forcePathStyle(true);
            }
            this.s3 = builder.build();
            this.bucket = settings.bucket();
            this.prefix = settings.prefixOrEmpty();
        }

        @Override
        public StoredFiles area(String name, Path directory) {
            String areaPrefix = prefix + name + "/";
            return new StoredFiles() {
                @Override
                public void put(String key, byte[] content) {
                    try {
                        s3.putObject(b -> b.bucket(bucket).key(areaPrefix + key), RequestBody.fromBytes(content));
                    } catch (SdkException e) {
                        throw new UncheckedIOException(
                                "could not store a file in bucket " + bucket, new IOException(e.getMessage(), e));
                    }
                }

                @Override
                public Resource read(String key) {
                    return new InputStreamResource(
                            () -> s3.getObject(b -> b.bucket(bucket).key(areaPrefix + key)),
                            "s3://" + bucket + "/" + areaPrefix + key);
                }

                @Override
                public void delete(String key) {
                    try {
                        s3.deleteObject(b -> b.bucket(bucket).key(areaPrefix + key));
                    } catch (SdkException e) {
                        throw new UncheckedIOException(
                                "could not delete a file in bucket " + bucket, new IOException(e.getMessage(), e));
                    }
                }
            };
        }

        @Override
        public String describe() {
            return "s3://" + bucket + "/" + prefix;
        }

        @Override
        public void close() {
            s3.close();
        }
    }
}
