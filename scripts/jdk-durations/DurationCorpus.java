import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs java.time.Duration.parse on every corpus line and prints one result line each.
 * Input lines are "index:hex hex ..." (UTF-16 code units in hex) so that any string, including
 * whitespace and unpaired surrogates, survives the trip. Output: "index\tok\tseconds\tnanos" or "index\terr".
 */
public final class DurationCorpus {
  public static void main(String[] args) throws IOException {
    List<String> out = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of(args[0]), StandardCharsets.US_ASCII)) {
      if (line.isEmpty()) continue;
      int colon = line.indexOf(':');
      String index = line.substring(0, colon);
      String input = decode(line.substring(colon + 1));
      try {
        Duration d = Duration.parse(input);
        out.add(index + "\tok\t" + d.getSeconds() + "\t" + d.getNano());
      } catch (RuntimeException e) {
        out.add(index + "\terr");
      }
    }
    Files.write(Path.of(args[1]), out, StandardCharsets.US_ASCII);
  }

  private static String decode(String hex) {
    StringBuilder text = new StringBuilder();
    for (String unit : hex.trim().split(" ")) {
      if (!unit.isEmpty()) text.append((char) Integer.parseInt(unit, 16));
    }
    return text.toString();
  }
}
