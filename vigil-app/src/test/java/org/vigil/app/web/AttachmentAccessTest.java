package org.vigil.app.web;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.core.model.Confidentiality;
import org.vigil.core.model.Record;
import org.vigil.core.model.RecordType;
import org.vigil.core.model.Source;
import org.vigil.store.attachments.Attachment;
import org.vigil.store.attachments.AttachmentStore;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A source's attached files and their names go only to those who may read the source in full — researchers and
 * administrators — as its testimony text does (security review round two, finding 2: a reviewer downloaded the
 * file of an internal testimony whose text the same page hid).
 */
class AttachmentAccessTest {

    private static final String FILE_NAME = "statement-of-witness-aigul.txt";

    @TempDir
    static Path dir;
    private static TestServer server;
    private static Attachment onPublic;
    private static Attachment onInternal;
    private static String publicSource;
    private static String internalSource;

    @BeforeAll
    static void start() {
        server = TestServer.start(dir);
        publicSource = sourceAt(Confidentiality.PUBLIC);
        internalSource = "src-internal-interview";
        server.store().records().save(List.of(Source.builder(internalSource).kind("testimony")
                .title("Interview with a witness").text("What the witness said").confidentiality(Confidentiality.INTERNAL)
                .build()), "test");
        AttachmentStore files = new AttachmentStore(server.store());
        byte[] statement = "What the witness said".getBytes(StandardCharsets.UTF_8);
        onPublic = files.add(publicSource, FILE_NAME, "text/plain", statement, "test");
        onInternal = files.add(internalSource, FILE_NAME, "text/plain", statement, "test");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String sourceAt(Confidentiality level) {
        return server.store().records().list(RecordType.SOURCE).stream()
                .filter(r -> r.confidentiality() == level).map(Record::id).findFirst()
                .orElseThrow(() -> new IllegalStateException("the demo has no " + level.code() + " source"));
    }

    @Test
    void aReviewerNeitherDownloadsNorSeesTheNamesOfAttachedFiles() {
        WebSession reviewer = server.as("reviewer");
        assertThat(reviewer.get("/attachments/" + onInternal.id()).statusCode()).isEqualTo(404);
        assertThat(reviewer.get("/attachments/" + onPublic.id()).statusCode()).isEqualTo(404);
        var page = reviewer.get("/records/" + internalSource);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).doesNotContain(FILE_NAME).doesNotContain(onInternal.id())
                .contains("1 attached file(s), shown only to researchers and administrators");
    }

    @Test
    void aViewerDoesNotDownloadTheFilesOfAPublicSource() {
        WebSession viewer = server.as("viewer");
        assertThat(viewer.get("/attachments/" + onPublic.id()).statusCode()).isEqualTo(404);
        assertThat(viewer.get("/records/" + publicSource).body()).doesNotContain(FILE_NAME);
    }

    @Test
    void aResearcherSeesAndDownloadsThem() {
        WebSession researcher = server.as("researcher");
        var download = researcher.get("/attachments/" + onInternal.id());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo("What the witness said");
        assertThat(researcher.get("/records/" + internalSource).body()).contains(FILE_NAME);
    }
}
