// Lexicon for CREDENTIAL: the words that introduce a secret in council mail, and what is never a secret value.

/** Keyword groups, by the shape of value each introduces. */
export interface CredentialLexicon {
  /** A password-like value follows ("temporary password: Blue7!sky"). */
  secret: readonly string[];
  /** A memorable word or passphrase: a plain word counts when set off by a colon. */
  phrase: readonly string[];
  /** Only with an explicit `:` or `=` ("pwd: ...", "token=..."): too common as words otherwise. */
  strict: readonly string[];
  /** A numeric code follows ("key safe code 4471", "PIN is 8812"). */
  pin: readonly string[];
  /** A user name and a secret follow, split by `/` ("login is jsmith / Winter2026"). */
  login: readonly string[];
  /** A long machine token follows ("API key: sk_live_..."). */
  token: readonly string[];
  /** Words that follow a keyword in talk about passwords and are never the value. */
  stopValues: readonly string[];
  /** Phrases about passwords that are not a password given ("password policy"). */
  negatives: readonly string[];
}

export const credentialLexicon: CredentialLexicon = {
  secret: [
    'password', 'passwords', 'passwd', 'pword', 'passcode', 'pass code', 'temporary password', 'temp password',
    'new password', 'initial password', 'default password', 'one-time password', 'one time password',
    'wifi password', 'wi-fi password', 'guest wifi password', 'network key', 'wifi key', 'wi-fi key',
    'admin password', 'administrator password', 'root password', 'account password', 'login password',
    'encryption password', 'zip password', 'file password', 'document password',
  ],
  phrase: [
    'passphrase', 'pass phrase', 'memorable word', 'memorable information', 'security answer', 'secret answer',
    'answer to the security question', 'secret word', 'password hint answer',
  ],
  strict: ['pass', 'pw', 'pwd', 'p/w', 'token', 'secret'],
  pin: [
    'pin', 'pin number', 'pin no', 'pin code', 'key safe', 'keysafe', 'key safe code', 'keysafe code', 'key safe number',
    'key box code', 'key lockbox code', 'lockbox code', 'lock box code', 'door code', 'door entry code',
    'entry code', 'entry door code', 'gate code', 'alarm code', 'alarm pin', 'access code', 'padlock code',
    'combination', 'combination code', 'safe code', 'building code', 'fob code', 'voicemail pin',
    'phone pin', 'card pin', 'security code', 'verification code', 'one-time code', 'one time code',
  ],
  login: [
    'login', 'log in', 'log-in', 'logon', 'log on', 'login details', 'log in details', 'logon details',
    'login credentials', 'credentials', 'username and password', 'user name and password', 'username/password',
    'username / password', 'user id and password', 'user id/password', 'username & password', 'user/pass',
  ],
  token: [
    'api key', 'api token', 'api secret', 'access token', 'access key', 'secret key', 'secret access key',
    'client secret', 'shared secret', 'private key', 'auth token', 'authentication token', 'bearer token',
    'bearer', 'personal access token', 'app password', 'application password', 'connection string', 'sas token',
  ],
  stopValues: [
    'is', 'are', 'was', 'were', 'be', 'been', 'being', 'the', 'a', 'an', 'to', 'for', 'of', 'in', 'on', 'at', 'by',
    'via', 'and', 'or', 'not', 'no', 'must', 'should', 'will', 'would', 'can', 'cannot', "can't", 'could', 'may',
    'might', 'need', 'needs', 'has', 'have', 'had', 'it', 'this', 'that', 'these', 'those', 'your', 'my', 'our',
    'their', 'his', 'her', 'its', 'you', 'we', 'they', 'he', 'she', 'i', 'me', 'us', 'them', 'if', 'when', 'then',
    'as', 'so', 'with', 'from', 'into', 'onto', 'please', 'only', 'also', 'too', 'again', 'still', 'now', 'here',
    'there', 'below', 'above', 'attached', 'enclosed', 'provided', 'separately', 'separate', 'follow', 'follows',
    'following', 'sent', 'send', 'sending', 'sms', 'text', 'texted', 'email', 'emailed', 'phone', 'phoned', 'call',
    'letter', 'post', 'posted', 'same', 'unchanged', 'policy', 'policies', 'reset', 'resets', 'resetting',
    'change', 'changed', 'changes', 'changing', 'expired', 'expires', 'expiry', 'expire', 'expiring', 'protected',
    'protect', 'protection', 'manager', 'length', 'characters', 'character', 'chars', 'digits', 'digit',
    'complexity', 'rules', 'rule', 'requirements', 'requirement', 'required', 'strength', 'strong', 'weak',
    'incorrect', 'wrong', 'invalid', 'correct', 'hint', 'field', 'box', 'prompt', 'screen', 'page', 'link', 'request',
    'requested', 'details', 'information', 'info', 'holder', 'available', 'contact', 'ask', 'see', 'check', 'use',
    'used', 'using', 'enter', 'entered', 'type', 'typed', 'set', 'setting', 'settings', 'create', 'created',
    'choose', 'chosen', 'pick', 'remember', 'remembered', 'forgotten', 'forgot', 'lost', 'locked', 'unlock',
    'unlocked', 'known', 'unknown', 'secure', 'securely', 'safe', 'safely', 'shared', 'share', 'sharing', 'kept',
    'keep', 'stored', 'store', 'written', 'write', 'displayed', 'shown', 'hidden', 'masked', 'redacted', 'removed',
    'withheld', 'example', 'sample', 'dummy', 'placeholder', 'password', 'passwords', 'passcode', 'pin',
    'yourpassword', 'mypassword', 'n/a', 'na', 'none', 'nil', 'null', 'blank', 'empty', 'tbc', 'tba', 'tbd',
    'pending', 'issued', 'issue', 'given', 'generated', 'automatically', 'auto', 'temporary', 'temp', 'new',
    'old', 'previous', 'current', 'default', 'initial', 'usual', 'normal', 'standard', 'different', 'unique',
    'mandatory', 'optional', 'fitted', 'installed', 'install', 'installation', 'location', 'located', 'outside',
    'inside', 'next', 'near', 'beside', 'behind', 'front', 'back', 'door', 'wall', 'number', 'code', 'codes',
    'key', 'keys', 'box', 'page', 'portal', 'system', 'account', 'accounts', 'access', 'login', 'logon', 'user',
    'username', 'staff', 'team', 'council', 'it', 'service', 'desk', 'helpdesk', 'support', 'office', 'officer',
    'confirmed', 'confirm', 'verified', 'verify', 'valid', 'validity', 'applies', 'apply', 'applied', 'based',
    'case', 'sensitive', 'insensitive', 'whatever', 'something', 'anything', 'nothing', 'what', 'which', 'who',
    'how', 'why', 'where', 'all', 'any', 'each', 'every', 'some', 'one', 'two', 'several', 'minimum', 'maximum',
    'least', 'most', 'more', 'less', 'than', 'long', 'short', 'at', 'after', 'before', 'until', 'within',
    'during', 'about', 'like', 'such', 'e.g', 'eg', 'ie', 'etc', 'ok', 'okay', 'yes', 'thanks', 'thank',
  ],
  negatives: [
    'password policy', 'password policies', 'password must', 'passwords must', 'password should', 'passwords should',
    'password will expire', 'password has expired', 'password expiry', 'password expires', 'reset your password',
    'resetting your password', 'forgotten your password', 'forgot your password', 'forgotten password',
    'change your password', 'changing your password', 'password reset', 'password resets', 'password manager',
    'password managers', 'password protected', 'password-protected', 'password protect', 'password-protect',
    'password will be sent separately', 'password to follow', 'password will follow', 'password sent separately',
    'password requirements', 'password complexity', 'password length', 'password strength', 'password guidance',
    'password hint', 'password field', 'password box', 'strong password', 'strong passwords', 'weak password',
    'weak passwords', 'secure password', 'secure passwords', 'enter your password', 'type your password',
    'pin will be sent', 'pin reminder', 'pin reset', 'key safe installation',
    'key safes', 'key safe fitted', 'key safe scheme', 'key safe location', 'access code of practice',
    'security code of conduct', 'code of conduct', 'code of practice', 'building code', 'combination of',
    'a combination', 'in combination', 'combination with', 'login page', 'login screen', 'log in to',
    'log on to', 'login to', 'logon to', 'credentials are',
    'passcodes, passkeys', 'passwords, passcodes', 'secret santa', 'top secret', 'open secret', 'trade secret',
    'secret ballot', 'no secret', 'key stage', 'key worker', 'key workers', 'key performance', 'key dates',
    'key decision', 'key issues', 'key points', 'key messages', 'key contacts', 'key findings', 'key risks',
    'dress code', 'post code', 'postcode', 'area code', 'tax code', 'cost code', 'code red', 'source code',
    'qr code', 'discount code', 'promo code', 'voucher code', 'booking code', 'course code', 'project code',
    'pass rate', 'bus pass', 'car parking pass', 'parking pass', 'pass it on', 'pass on', 'pass the',
    'pass this', 'pass it', 'pass through', 'token gesture', 'by the same token',
  ],
};
