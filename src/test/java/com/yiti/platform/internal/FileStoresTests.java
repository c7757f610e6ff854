package com.yiti.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.yiti.platform.FileStore;
import com.yiti.platform.StoredFiles;
import com.yiti.support.LocalS3;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Both file stores keep, serve and remove files alike; the S3 one against a real S3 server checking signatures. */
class FileStoresTests {

    static LocalS3 s3;

    @TempDir
    Path dir;

    @BeforeAll
    static void startS3() {
        s3 = new LocalS3("yiti-files");
    }

    @AfterAll
    static void stopS3() throws Exception {
        s3.close();
    }

    static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] readAll(StoredFiles files, String key) throws IOException {
        try (InputStream in = files.read(key).getInputStream()) {
            return in.readAllBytes();
        }
    }

    FileStore s3Store(String prefix) {
        return new FileStores.S3Store(new FileStores.S3Settings(
                s3.endpoint(), "cn-north-1", s3.bucket(), prefix, LocalS3.ACCESS_KEY, LocalS3.SECRET_KEY));
    }

    @Test
    void aDirectoryAreaKeepsServesAndRemovesFilesAndNoKeyLeavesIt() throws Exception {
        StoredFiles files = new FileStores.DirectoryStore().area("attachments", dir.resolve("attachments"));
        files.put("k1", bytes("第一 first"));
        assertThat(readAll(files, "k1")).isEqualTo(bytes("第一 first"));
        assertThat(Files.list(dir.resolve("attachments"))
                        .map(p -> p.getFileName().toString()))
                .containsExactly("k1");
        files.delete("k1");
        files.delete("k1");
        assertThat(files.read("k1").exists()).isFalse();
        assertThatThrownBy(() -> files.put("../outside", bytes("x"))).isInstanceOf(IllegalArgumentException.class);
        assertThat(dir.resolve("outside")).doesNotExist();
    }

    @Test
    void anS3AreaKeepsItsFilesUnderItsPrefixServesAndRemovesThem() throws Exception {
        StoredFiles files = s3Store("tenant-a").area("attachments", dir);
        files.put("k1", bytes("第一 first"));
        files.put("k2", new byte[0]);
        assertThat(s3.keys("")).containsExactly("tenant-a/attachments/k1", "tenant-a/attachments/k2");
        assertThat(s3.get("tenant-a/attachments/k1")).isEqualTo(bytes("第一 first"));
        assertThat(readAll(files, "k1")).isEqualTo(bytes("第一 first"));
        files.delete("k1");
        files.delete("k1");
        assertThat(s3.keys("tenant-a/")).containsExactly("tenant-a/attachments/k2");
        assertThatThrownBy(() -> readAll(files, "k1")).isInstanceOf(RuntimeException.class);
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void aWrongSecretIsRefusedByTheServerAndNothingIsStored() {
        FileStore wrong = new FileStores.S3Store(new FileStores.S3Settings(
                s3.endpoint(), null, s3.bucket(), "wrong-key", LocalS3.ACCESS_KEY, "not-the-secret"));
        assertThatThrownBy(() -> wrong.area("attachments", dir).put("k", bytes("x")))
                .hasMessageContaining("could not store a file in bucket yiti-files");
        assertThat(s3.keys("wrong-key/")).isEmpty();
    }

    @Test
    void anS3StoreWithoutABucketDoesNotStart() {
        assertThatThrownBy(() -> new FileStores.S3Store(new FileStores.S3Settings(null, null, " ", null, null, null)))
                .hasMessageContaining("yiti.files.s3.bucket");
    }
}
