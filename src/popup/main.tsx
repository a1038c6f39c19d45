import { render } from 'preact';
render(<p>Privacy Lights</p>, document.getElementById('app')!);
