// Run by `bin/posdesk unseal` as a single-file program (java Unseal.java FILE): opens a file that
// posdesk's KeyVault.seal wrote (magic, 12-byte IV, AES-256-GCM) with the master key of
// POSDESK_MASTER_KEY (base64) or POSDESK_MASTER_KEY_FILE, onto standard output. Kept apart from
// the application so it runs without a build or a server; KeyVaultTest pins the format it reads.

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

public class Unseal {

    public static void main(String[] args) throws Exception {
        byte[] sealed = Files.readAllBytes(Path.of(args[0]));
        byte[] magic = "PDSEAL1\n".getBytes(StandardCharsets.US_ASCII);
        if (sealed.length < magic.length + 12 || !Arrays.equals(Arrays.copyOf(sealed, magic.length), magic)) {
            System.err.println("unseal: " + args[0] + " is not a file sealed by posdesk");
            System.exit(1);
        }
        String inline = System.getenv("POSDESK_MASTER_KEY");
        String text = inline != null && !inline.isBlank() ? inline
                : Files.readString(Path.of(System.getenv("POSDESK_MASTER_KEY_FILE")), StandardCharsets.US_ASCII);
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(Base64.getDecoder().decode(text.trim()), "AES"),
                new GCMParameterSpec(128, sealed, magic.length, 12));
        try {
            System.out.write(cipher.doFinal(sealed, magic.length + 12, sealed.length - magic.length - 12));
            System.out.flush();
        } catch (javax.crypto.AEADBadTagException e) {
            System.err.println("unseal: " + args[0] + " was altered, or sealed under another master key");
            System.exit(1);
        }
    }
}
