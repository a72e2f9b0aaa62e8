// Look-alikes found in a held-out random sample of Debian's Ruby packages (ruby-*, seed 60): each
// case pairs the look-alike with the secret of the same shape that must still be reported.
import assert from "node:assert/strict";
import { test } from "node:test";
import { secretValuesIn } from "./found-secrets";

// Our own made-up values, split so that the repository's own scan does not read them whole.
const GENERATED_PASSWORD = ["Vq7", "Lz2", "Rk9w"].join("");


test("a URL form whose user and password are their slots' names, numbered alike, is documentation", () => {
  assert.deepEqual(secretValuesIn("    # e.g. failover://(stomp://login1:passcode1@localhost:61616,stomp://login2:passcode2@mq2:61617)\n", "lib/stomp/utils.rb"), []);
  assert.deepEqual(secretValuesIn("    #   stomp://login:passcode@host.domain.tld:port\n", "lib/stomp/client.rb"), []);
  assert.deepEqual(secretValuesIn("    # amqp://user3:password3@broker:5672\n", "lib/queue.rb"), []);
  // A generated password under a numbered user is a credential.
  assert.deepEqual(secretValuesIn(`    # stomp://login1:${GENERATED_PASSWORD}1@localhost:61616\n`, "lib/stomp/utils.rb"), [`${GENERATED_PASSWORD}1`]);
});

test("Ruby's interpolation after `-u` holds a symbol's colon, not a user and a password", () => {
  assert.deepEqual(secretValuesIn('      "sudo -u #{options[:user].to_s.shellescape} -- sh -c #{yield.shellescape}"\n', "lib/sshkit/command.rb"), []);
  assert.deepEqual(secretValuesIn(`      "curl -u #{user}:${GENERATED_PASSWORD} https://orders.internal/api"\n`, "lib/fetch.rb"), [GENERATED_PASSWORD]);
});

test("AsciiDoc's inline passthrough, pass:c,a,r[…], is a macro and not a password", () => {
  assert.deepEqual(secretValuesIn("Since `pass:[++]` has priority, you can rewrite pass:c,a,r[C++ => C{pp}].\n", "reference/syntax.adoc"), []);
  assert.deepEqual(secretValuesIn("Use pass:quotes,macros[*bold* text] here.\n", "guide.adoc"), []);
  assert.deepEqual(secretValuesIn(`The service login is pass:${GENERATED_PASSWORD} for now.\n`, "guide.adoc"), [GENERATED_PASSWORD]);
});
