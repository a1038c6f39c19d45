import { render } from 'preact';
import { App } from './App';
import '../shared/palette.css';
import './popup.css';

const root = document.getElementById('app');
if (root) render(<App />, root);
