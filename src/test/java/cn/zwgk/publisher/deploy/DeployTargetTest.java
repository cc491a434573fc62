package cn.zwgk.publisher.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class DeployTargetTest {
  @Test
  void parsesSftpWithPortAndDefaultPort() {
    assertEquals(
        new DeployTarget("sftp", "www.example.gov.cn", 2222, "/srv/www/site"),
        DeployTarget.parse("sftp://www.example.gov.cn:2222/srv/www/site/"));
    assertEquals(22, DeployTarget.parse("sftp://host/srv/site").port());
  }

  @Test
  void parsesFile() {
    assertEquals(
        new DeployTarget("file", "", 0, "/var/www/site"),
        DeployTarget.parse("file:///var/www/site"));
  }

  @Test
  void refusesScpWithTheReason() {
    DeployException e =
        assertThrows(DeployException.class, () -> DeployTarget.parse("scp://host/srv"));
    assertEquals(
        "deploy URL \"scp://host/srv\": scp:// is not supported (Wagon's scp uploads a zip and runs"
            + " the server's unzip, which mangles Chinese file names); use sftp:// with the same host",
        e.getMessage());
  }

  @Test
  void refusesCredentialsInTheUrlWithoutRepeatingThem() {
    DeployException e =
        assertThrows(DeployException.class, () -> DeployTarget.parse("sftp://me:secret@host/srv"));
    assertEquals(
        "deploy URL \"sftp://***@host/srv\" contains a user name or password; put credentials"
            + " in settings.xml under the <server> of deploy.serverId instead",
        e.getMessage());
  }

  @Test
  void refusesAMissingPathAndUnknownSchemes() {
    assertThrows(DeployException.class, () -> DeployTarget.parse("sftp://host"));
    assertThrows(DeployException.class, () -> DeployTarget.parse("sftp://host/"));
    assertThrows(DeployException.class, () -> DeployTarget.parse("ftp://host/srv"));
    assertThrows(DeployException.class, () -> DeployTarget.parse("not a url"));
  }
}
